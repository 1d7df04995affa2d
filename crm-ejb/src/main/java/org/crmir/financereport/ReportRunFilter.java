package org.crmir.financereport;

import java.io.Serializable;

/** Which runs a list shows: of one report, in one status and/or made by one schedule; null for any. */
public record ReportRunFilter(FinanceReport report, ReportRunStatus status, Long scheduleId) implements Serializable {

    public ReportRunFilter(FinanceReport report, ReportRunStatus status) {
        this(report, status, null);
    }
}
