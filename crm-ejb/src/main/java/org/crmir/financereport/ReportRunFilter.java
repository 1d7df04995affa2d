package org.crmir.financereport;

/** Which runs a list shows: of one report and/or in one status; null for any. */
public record ReportRunFilter(FinanceReport report, ReportRunStatus status) {
}
