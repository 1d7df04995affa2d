package org.crmir.financereport.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmir.financereport.FinanceReport;
import org.crmir.financereport.ReportFormat;
import org.crmir.financereport.ReportParameters;
import org.crmir.financereport.ReportRun;

/** The JSON of the reports API. */
public final class ReportRepresentations {

    private ReportRepresentations() {
    }

    /** A report of the catalog: its code (as runs name it), what it is, its parameters and formats. */
    public record CatalogEntry(String report, String title, String description, String periodOf,
            List<String> parameters, List<String> formats) {

        static CatalogEntry of(FinanceReport r) {
            List<String> parameters = r.hasPeriod() ? List.of("from", "to", "currency", "clientId")
                    : List.of("currency", "clientId");
            return new CatalogEntry(r.code(), r.title(), r.description(), r.periodOf(), parameters,
                    r.formats().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
    }

    /** A run asked for: report (a catalog code), format (pdf, xlsx, csv), and the report's parameters. */
    public record RunRequest(String report, String format, LocalDate from, LocalDate to, String currency,
            Long clientId) {
    }

    /**
     * A run: what was asked, by whom, and how it went; {@code asOf} is the day a report without a period is as of
     * (the day it was asked for); {@code output} is where to download it when done.
     */
    public record RunRepresentation(long id, String report, String format, String status, LocalDate from,
            LocalDate to, LocalDate asOf, String currency, Long clientId, String requestedBy, Instant requestedAt, Instant startedAt,
            Instant finishedAt, long rowsRead, Long sizeBytes, String sha256, String failure,
            Instant outputRemovedAt, String output) {

        static RunRepresentation of(ReportRun run, String outputPath) {
            ReportParameters p = run.parameterValues();
            boolean available = run.getStatus().name().equals("DONE") && run.getOutputRemovedAt() == null;
            return new RunRepresentation(run.getId(), run.getReport().code(),
                    run.getFormat().name().toLowerCase(java.util.Locale.ROOT),
                    run.getStatus().name().toLowerCase(java.util.Locale.ROOT), p.from(), p.to(), p.asOf(), p.currency(),
                    p.clientId(), run.getRequestedBy(), run.getRequestedAt(), run.getStartedAt(),
                    run.getFinishedAt(), run.getRowsRead(), run.getSizeBytes(), run.getSha256(), run.getFailure(),
                    run.getOutputRemovedAt(), available ? outputPath : null);
        }
    }

    static ReportFormat formatOf(String value) {
        return value == null ? null : switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.XLSX;
            case "csv" -> ReportFormat.CSV;
            default -> null;
        };
    }
}
