package org.crmir.communication;

/** What became of a mail read from CRMir's mailbox. */
public enum InboundOutcome {
    /** Logged as an inbound e-mail on a client. */
    LOGGED,
    /** A bounce: the sent message it returns is marked bounced. */
    BOUNCE,
    /** Neither a reply nor from a known address: waits for a person to file it on a client, or discard it. */
    TRIAGE,
    DISCARDED
}
