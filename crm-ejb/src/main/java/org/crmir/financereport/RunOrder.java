package org.crmir.financereport;

import java.time.Instant;

/** What the renderer needs of a run it has claimed. */
public record RunOrder(long runId, FinanceReport report, ReportParameters parameters, ReportFormat format,
        Instant startedAt) {
}
