package org.crmir.financereport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a schedule's e-mails say. The outputs of a firing go as attachments while they add up to at most
 * {@link #ATTACH_LIMIT_BYTES}; above that every output goes as a link (built from the public address; a file is
 * never cut short), since mail servers refuse messages much larger than that.
 */
public final class ScheduledMail {

    /** 15 MB: attachments grow by a third in transit, and many mail servers stop at 20 or 25 MB. */
    public static final long ATTACH_LIMIT_BYTES = 15L * 1024 * 1024;
    /** Where a run's output is downloaded, after signing in; relative to the public address. */
    public static final String OUTPUT_PAGE = "/finance/report-output?run=";

    private ScheduledMail() {
    }

    /** An output of a firing (a DONE run), or a run of it that failed. */
    public record Output(long runId, ReportFormat format, ReportRunStatus status, Long sizeBytes) {
        boolean done() { return status == ReportRunStatus.DONE; }
    }

    /** Whether the DONE outputs go as attachments: together at most the limit. */
    public static boolean attach(List<Output> outputs) {
        return outputs.stream().filter(Output::done).mapToLong(o -> o.sizeBytes() == null ? 0 : o.sizeBytes())
                .sum() <= ATTACH_LIMIT_BYTES;
    }

    /** "Monthly receivables: Aged receivables (CHF, as of 2026-12-01)". */
    public static String subject(String scheduleName, FinanceReport report, ReportParameters parameters) {
        return scheduleName + ": " + report.title() + " (" + parameters.describe() + ")";
    }

    /** The body of the outputs' e-mail: what it is, which files are attached or where to download them. */
    public static String body(String scheduleName, FinanceReport report, ReportParameters parameters,
            List<Output> outputs, boolean attach, Optional<String> publicUrl) {
        StringBuilder text = new StringBuilder("Hello,\n\nthe scheduled report \"" + scheduleName + "\" is ready: "
                + report.title() + ", " + parameters.describe() + ".\n\n");
        for (Output o : outputs) {
            String name = o.format().name();
            if (!o.done()) {
                text.append(name).append(": could not be made; the schedule's owner has been told.\n");
            } else if (attach) {
                text.append(name).append(": attached.\n");
            } else {
                text.append(name).append(": too big to attach (").append(megabytes(o.sizeBytes())).append(");")
                        .append(publicUrl.map(url -> " download it, signed in, at " + url + OUTPUT_PAGE + o.runId())
                                .orElse(" download it in CRMir, Finance → Reports, run " + o.runId()))
                        .append("\n");
            }
        }
        return text.append("\nCRMir\n").toString();
    }

    /** The owner's notice of a failed run: what failed, why in plain words, and where to run it again. */
    public static String noticeSubject(String scheduleName, FinanceReport report) {
        return "Scheduled report failed: " + scheduleName + " (" + report.title() + ")";
    }

    public static String noticeBody(String scheduleName, ReportRun run, Optional<String> publicUrl, Long scheduleId) {
        return "Hello,\n\nthe run " + run.getId() + " of your scheduled report \"" + scheduleName + "\" ("
                + run.getReport().title() + ", " + run.getFormat().name() + ", " + run.parameterValues().describe()
                + ") failed:\n\n" + run.getFailure() + "\n\nYou can run it again on the Reports page"
                + publicUrl.map(url -> ": " + url + "/finance/reports.xhtml" + (scheduleId == null ? "" : "?schedule="
                        + scheduleId)).orElse(".")
                + "\n\nCRMir\n";
    }

    private static String megabytes(Long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", (bytes == null ? 0 : bytes) / (1024.0 * 1024.0));
    }
}
