package org.crmir.financereport;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a schedule's e-mails say. The outputs of a firing go as attachments while they add up to at most the limit
 * ({@code CRMIR_REPORT_MAIL_ATTACH_MB}, the system property {@value #ATTACH_MB_PROPERTY}, default
 * {@value #DEFAULT_ATTACH_MB} MB); above that every output goes as a link (built from the public address; a file is
 * never cut short), since mail servers refuse messages much larger than that.
 */
public final class ScheduledMail {

    /** 10 MB: attachments grow by a third in transit, and many mail servers stop at 20 or 25 MB. */
    public static final int DEFAULT_ATTACH_MB = 10;
    public static final String ATTACH_MB_PROPERTY = "crmir.report.mail.attach-mb";
    private static final String SIGN_OFF = "\nCRMir\n";

    /** Days in mails as "1 Jan 2026": read in many locales, day-month-year in words is unambiguous to all. */
    private static final java.util.Locale DAYS_IN = java.util.Locale.UK;

    /** Where a run's output is downloaded, after signing in; relative to the public address. */
    public static final String OUTPUT_PAGE = "/finance/report-output?run=";

    private ScheduledMail() {
    }

    /** An output of a firing (a DONE run), or a run of it that failed. */
    public record Output(long runId, ReportFormat format, ReportRunStatus status, Long sizeBytes)
            implements Serializable {
        boolean done() { return status == ReportRunStatus.DONE; }
    }

    /** The limit in bytes of {@code configuredMb} (whole MB); the default when unset or not a number above 0. */
    public static long attachLimitBytes(String configuredMb) {
        int mb = DEFAULT_ATTACH_MB;
        try {
            mb = configuredMb == null || configuredMb.isBlank() ? DEFAULT_ATTACH_MB
                    : Integer.parseInt(configuredMb.strip());
        } catch (NumberFormatException notANumber) {
            mb = DEFAULT_ATTACH_MB;
        }
        return (mb > 0 ? mb : DEFAULT_ATTACH_MB) * 1024L * 1024;
    }

    /** Whether the DONE outputs go as attachments: together at most {@code limitBytes}. */
    public static boolean attach(List<Output> outputs, long limitBytes) {
        return outputs.stream().filter(Output::done).mapToLong(o -> o.sizeBytes() == null ? 0 : o.sizeBytes())
                .sum() <= limitBytes;
    }

    /** "Monthly receivables: Aged receivables (CHF, as of 2026-12-01)". */
    public static String subject(String scheduleName, FinanceReport report, ReportParameters parameters) {
        return scheduleName + ": " + report.title() + " (" + parameters.describe(DAYS_IN) + ")";
    }

    /**
     * The body of the outputs' e-mail: what it is, which files are attached or where to download them; a link
     * needs a CRMir account, so a recipient without one is told to ask {@code owner}.
     */
    public static String body(String scheduleName, FinanceReport report, ReportParameters parameters,
            List<Output> outputs, boolean attach, Optional<String> publicUrl, String owner) {
        StringBuilder text = new StringBuilder("Hello,\n\nthe scheduled report \"" + scheduleName + "\" is ready: "
                + report.title() + ", " + parameters.describe(DAYS_IN) + ".\n\n");
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
        if (!attach && outputs.stream().anyMatch(Output::done)) {
            text.append("\nNo CRMir account? Ask ").append(owner).append(", who owns this schedule, for the files.\n");
        }
        return text.append(SIGN_OFF).toString();
    }

    /** The line added when an output to attach is no longer kept (removed by retention before the e-mail went). */
    public static String removedLine(ReportFormat format) {
        return format.name() + ": no longer kept (removed after its retention period before this e-mail could go),"
                + " so it is not attached after all.\n";
    }

    /** {@code body} with {@code note} added before its sign-off. */
    public static String withNote(String body, String note) {
        int end = body.lastIndexOf(SIGN_OFF);
        return end < 0 ? body + "\n" + note : body.substring(0, end) + "\n" + note + body.substring(end);
    }

    /** The owner's notice of a failed run: what failed, why in plain words, and where to run it again. */
    public static String noticeSubject(String scheduleName, FinanceReport report) {
        return "Scheduled report failed: " + scheduleName + " (" + report.title() + ")";
    }

    public static String noticeBody(String scheduleName, ReportRun run, Optional<String> publicUrl, Long scheduleId) {
        return "Hello,\n\nthe run " + run.getId() + " of your scheduled report \"" + scheduleName + "\" ("
                + run.getReport().title() + ", " + run.getFormat().name() + ", " + run.parameterValues().describe(DAYS_IN)
                + ") failed:\n\n" + run.getFailure() + "\n\nYou can run it again on the Reports page"
                + publicUrl.map(url -> ": " + url + "/finance/reports.xhtml" + (scheduleId == null ? "" : "?schedule="
                        + scheduleId)).orElse(".")
                + "\n\nCRMir\n";
    }

    private static String megabytes(Long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", (bytes == null ? 0 : bytes) / (1024.0 * 1024.0));
    }
}
