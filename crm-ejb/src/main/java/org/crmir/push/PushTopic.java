package org.crmir.push;

/** What kind of screen a committed change concerns; the web module picks the push channel for each. */
public enum PushTopic {
    /** An outbound message changed status: timelines and the communication history. */
    COMMUNICATION,
    /** Money moved on invoices: invoice, client and reconciliation pages. */
    MONEY,
    /** A user's notifications changed: their bell and notification list. */
    NOTIFICATIONS,
    /** A figure of the dashboard or analytics moved. */
    FIGURES,
    /** A finance report run was queued, moved on or finished: the reports page. */
    REPORTS,
    /** Signed-in sessions must end (no screen re-reads; on a cluster each node ends those it holds). */
    SESSIONS
}
