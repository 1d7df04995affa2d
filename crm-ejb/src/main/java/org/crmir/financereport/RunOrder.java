package org.crmir.financereport;

import java.io.Serializable;
import java.time.Instant;

/** What the renderer needs of a run it has claimed. */
public record RunOrder(long runId, FinanceReport report, ReportParameters parameters, ReportFormat format,
        Instant startedAt) implements Serializable {
}
