package org.crmir.financereport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.financereport.FinanceReport;
import org.crmir.financereport.ReportFormat;
import org.crmir.financereport.ReportParameters;
import org.crmir.financereport.ReportRun;
import org.crmir.financereport.ReportRunFilter;
import org.crmir.financereport.ReportRunStatus;
import org.crmir.financereport.ReportRuns;
import org.crmir.financereport.ReportDelivery;
import org.crmir.financereport.ReportSchedules;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UserActions;

/**
 * Finance → Reports (/finance/reports.xhtml): pick a report, its parameters and a format, and run it; the runs
 * below (newest first, paged and filtered in the database) show queued, running with the rows read so far, done
 * with a download link, or failed with why and a button to run it again. The page re-reads on each push.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportRuns runs;

    @EJB
    private ClientService clients;

    @EJB
    private ReportSchedules schedules;

    private FinanceReport report = FinanceReport.AGED_RECEIVABLES;
    private LocalDate from;
    private LocalDate to;
    private String currency = "EUR";
    /** The client as typed or chosen, "Name (#id)"; empty for every client. */
    private String client;
    private ReportFormat format = ReportFormat.PDF;
    private FinanceReport shownReport;
    private ReportRunStatus shownStatus;
    /** The schedule whose runs are shown (the page's {@code schedule} parameter), or null for every run. */
    private Long shownSchedule;
    private PagedModel<ReportRun> model;
    /** The e-mails of the shown page's firings, by firing; read again with each page. */
    private transient java.util.Map<Long, List<ReportDelivery>> mails = java.util.Map.of();

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        from = today.withDayOfMonth(1).minusMonths(1);
        to = today.withDayOfMonth(1).minusDays(1);
        model = new PagedModel<>(() -> runs.count(filter()), page -> withMails(runs.list(filter(), page)),
                ReportRun::getId);
    }

    private ReportRunFilter filter() {
        return new ReportRunFilter(shownReport, shownStatus, shownSchedule);
    }

    /** Queues the chosen report; the list shows it at once, and the push tells when it moves on. */
    public void run() {
        Long clientId = ClientChoice.idOf(client);
        if (client != null && !client.isBlank() && clientId == null) {
            Messages.error("Client: choose a client from the list, or leave the field empty for every client");
            return;
        }
        UserActions.attempt(() -> {
            // A report as of a day takes no period: the page's fields for one are hidden, not sent.
            ReportParameters asked = report.hasPeriod() ? new ReportParameters(from, to, currency, clientId)
                    : new ReportParameters(null, null, currency, clientId);
            ReportRun run = runs.request(report, asked, format, null);
            Messages.info(run.getReport().title() + " queued (run #" + run.getId() + ")");
        }, "Only finance and administrators run reports.");
    }

    /** Runs a failed run (or one whose output was removed) again with the same parameters, as a new run. */
    public void runAgain(long runId) {
        UserActions.attempt(() -> {
            ReportRun run = runs.runAgain(runId);
            Messages.info(run.getReport().title() + " queued again (run #" + run.getId() + ")");
        }, "Only finance and administrators run reports.");
    }

    /** Clients matching what was typed, for the client field. */
    public List<String> completeClient(String text) {
        return ClientChoice.complete(clients, text);
    }

    /** What a run is doing, in words: "Queued", "Running: 12,000 rows read", "Done", "Failed". */
    public String statusOf(ReportRun run) {
        return switch (run.getStatus()) {
            case QUEUED -> "Queued";
            case RUNNING -> run.getRowsRead() == 0 ? "Running" : "Running: " + count(run.getRowsRead(),
                    Labels.viewLocale()) + " rows read";
            case DONE -> run.getOutputRemovedAt() == null ? "Done" : "Done; output removed after the retention period";
            case FAILED -> "Failed";
        };
    }

    /** Rows, size and time of a finished run: "1,204 rows, 58 KB in 1.3 s", numbers in the user's locale. */
    public String resultOf(ReportRun run) {
        if (run.getStatus() != ReportRunStatus.DONE) {
            return "";
        }
        return resultOf(run.getRowsRead(), run.getSizeBytes(), run.duration() == null ? -1
                : run.duration().toMillis(), Labels.viewLocale());
    }

    static String resultOf(long rows, Long sizeBytes, long millis, Locale locale) {
        String size = sizeBytes == null ? "" : ", " + sizeOf(sizeBytes, locale);
        String took = millis < 0 ? "" : millis < 1000 ? " in " + millis + " ms" : " in " + String.format(
                locale, "%.1f s", millis / 1000.0);
        return count(rows, locale) + (rows == 1 ? " row" : " rows") + size + took;
    }

    /** Who ran it: the user, or "Schedule: Monthly receivables" (the archive keeps the name). */
    public String ranByOf(ReportRun run) {
        return run.ranBy();
    }

    /** To whom a scheduled run's firing mailed: "mailed to a@x.ch (sent), daniel@x.ch (not sent)"; else empty. */
    public String mailedOf(ReportRun run) {
        List<ReportDelivery> sent = outputMails(run);
        if (sent.isEmpty()) {
            return run.getFiringId() == null || run.getStatus().finished() ? "" : "to be mailed when done";
        }
        return "mailed to " + sent.stream().map(d -> d.getRecipient() + " (" + deliveryWord(d) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Why the e-mails that did not go failed, one a line, for the mailed line's tooltip. */
    public String mailFailuresOf(ReportRun run) {
        return outputMails(run).stream().filter(d -> d.getError() != null)
                .map(d -> d.getRecipient() + ": " + d.getError()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The page's runs, their firings' e-mails read with them in one query, for this load of the page. */
    private List<ReportRun> withMails(List<ReportRun> page) {
        mails = schedules.deliveriesOf(page.stream().map(ReportRun::getFiringId).filter(java.util.Objects::nonNull)
                .toList());
        return page;
    }

    private List<ReportDelivery> outputMails(ReportRun run) {
        return run.getFiringId() == null || mails == null ? List.of()
                : mails.getOrDefault(run.getFiringId(), List.of()).stream()
                .filter(d -> d.getPurpose() == ReportDelivery.Purpose.OUTPUTS).toList();
    }

    private static String deliveryWord(ReportDelivery d) {
        return switch (d.getStatus()) {
            case QUEUED -> d.getError() == null ? "queued" : "waiting to try again";
            case SENDING -> "sending";
            case SENT -> "sent";
            case FAILED -> "not sent";
        };
    }

    /** The name of the schedule whose runs are shown, for the filter's note. */
    public String getShownScheduleName() {
        if (shownSchedule == null) {
            return null;
        }
        try {
            return schedules.find(shownSchedule).getName();
        } catch (org.crmir.shared.NotFoundException | jakarta.ejb.EJBException gone) {
            return "#" + shownSchedule;
        }
    }

    /** A run's currency, period or day and client, days in the user's locale. */
    public String parametersOf(ReportRun run) {
        return RunTimes.ofView(Labels.viewLocale()).parameters(run.parameterValues());
    }

    /** A moment of a run in the user's locale and time zone: "Dec 1, 2026, 11:40 PM CET". */
    public String when(java.time.Instant at) {
        return RunTimes.ofView(Labels.viewLocale()).moment(at);
    }

    public boolean mayRunAgain(ReportRun run) {
        return run.mayRunAgain();
    }

    public boolean downloadable(ReportRun run) {
        return run.getStatus() == ReportRunStatus.DONE && run.getOutputRemovedAt() == null;
    }

    private static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    static String sizeOf(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A format's word: "PDF", "Excel (XLSX)", "CSV". */
    public String formatWord(ReportFormat f) {
        return f == ReportFormat.XLSX ? "Excel (XLSX)" : f.name();
    }

    /** A status's word for the filter. */
    public String statusWord(ReportRunStatus s) {
        return switch (s) {
            case QUEUED -> "Queued";
            case RUNNING -> "Running";
            case DONE -> "Done";
            case FAILED -> "Failed";
        };
    }

    public FinanceReport[] getReports() { return FinanceReport.values(); }
    public ReportFormat[] getFormats() { return ReportFormat.values(); }
    public ReportRunStatus[] getStatuses() { return ReportRunStatus.values(); }
    public PagedModel<ReportRun> getModel() { return model; }
    public FinanceReport getReport() { return report; }
    public void setReport(FinanceReport report) { this.report = report; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getClient() { return client; }
    public void setClient(String client) { this.client = client; }
    public ReportFormat getFormat() { return format; }
    public void setFormat(ReportFormat format) { this.format = format; }
    public FinanceReport getShownReport() { return shownReport; }
    public void setShownReport(FinanceReport shownReport) { this.shownReport = shownReport; }
    public ReportRunStatus getShownStatus() { return shownStatus; }
    public Long getShownSchedule() { return shownSchedule; }
    public void setShownSchedule(Long shownSchedule) { this.shownSchedule = shownSchedule; }
    public void setShownStatus(ReportRunStatus shownStatus) { this.shownStatus = shownStatus; }
}
