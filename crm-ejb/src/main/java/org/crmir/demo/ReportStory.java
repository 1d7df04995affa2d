package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmir.financereport.FinanceReport;
import org.crmir.financereport.Recurrence.Frequency;
import org.crmir.financereport.RelativePeriod;
import org.crmir.financereport.ReportFormat;
import org.crmir.financereport.ReportParameters;
import org.crmir.financereport.ReportRuns;
import org.crmir.financereport.ReportSchedules;
import org.crmir.financereport.ScheduleDraft;
import org.crmir.identity.FirstAdministrator;
import org.crmir.shared.BusinessClock;

/**
 * Finance's reports over the history: runs that finance ({@value DemoCast#FINANCE}) and once the administrator
 * asked for in the last weeks, of different reports, periods, currencies and formats (rendered by the report queue
 * as any run is, so their outputs can be downloaded), and the schedules finance keeps. The schedules are made at
 * the load's real moment, after the history, and paused: their recipients' addresses are made up and the demo
 * runs without a mail server, so an active one would fire after a restart, fail and notify. The Report schedules
 * page shows them, to be resumed once mail is set up.
 */
@ApplicationScoped
public class ReportStory {

    private static final String EUROPE = "Europe/Berlin";

    @EJB
    ReportRuns runs;

    @EJB
    ReportSchedules schedules;

    @Inject
    DemoActors actors;

    @Inject
    BusinessClock clock;

    /** A run asked for on a day of the history, by someone. */
    private record Asked(int daysAgo, String by, FinanceReport report, int monthsBack, int months, String currency,
            ReportFormat format) {
    }

    /**
     * Plans the runs on {@code timeline}: each on a weekday morning some days before the load day, over whole
     * months before that day ({@code monthsBack} months back, {@code months} long), or as of that day.
     */
    List<Long> plan(Timeline timeline) {
        List<Long> ids = new ArrayList<>();
        for (Asked run : List.of(
                new Asked(40, DemoCast.FINANCE, FinanceReport.SALES_BY_MONTH, 12, 12, "EUR", ReportFormat.PDF),
                new Asked(33, DemoCast.FINANCE, FinanceReport.AGED_RECEIVABLES, 0, 0, "EUR", ReportFormat.PDF),
                new Asked(26, DemoCast.FINANCE, FinanceReport.INVOICE_REGISTER, 3, 3, "EUR", ReportFormat.XLSX),
                new Asked(19, DemoCast.FINANCE, FinanceReport.PAYMENTS_RECEIVED, 1, 1, "KES", ReportFormat.CSV),
                new Asked(12, DemoCast.FINANCE, FinanceReport.TAX_SUMMARY, 3, 3, "EUR", ReportFormat.PDF),
                new Asked(8, FirstAdministrator.USERNAME, FinanceReport.CONTRACT_RENEWALS, 12, 12, "EUR",
                        ReportFormat.XLSX),
                new Asked(5, DemoCast.FINANCE, FinanceReport.SALES_BY_PRODUCT, 6, 6, "USD", ReportFormat.PDF),
                new Asked(2, DemoCast.FINANCE, FinanceReport.COLLECTION_PERFORMANCE, 12, 12, "EUR",
                        ReportFormat.XLSX))) {
            LocalDate day = SalesStory.weekday(timeline.today().minusDays(run.daysAgo()));
            timeline.at(day, 9, 5, "finance report", () -> ids.add(actors.as(run.by(),
                    () -> runs.request(run.report(), parameters(run, day), run.format(), null).getId())));
        }
        return ids;
    }

    private static ReportParameters parameters(Asked run, LocalDate day) {
        if (!run.report().hasPeriod()) {
            return new ReportParameters(null, null, run.currency(), null);
        }
        LocalDate firstOfMonth = day.withDayOfMonth(1);
        return new ReportParameters(firstOfMonth.minusMonths(run.monthsBack()),
                firstOfMonth.minusMonths(run.monthsBack() - run.months()).minusDays(1), run.currency(), null);
    }

    /**
     * Finance's standing reports, made now (not replayed) and paused: aged receivables on the first of each month,
     * the week's payments on Mondays and last month's sales by client on the second, to finance.
     * {@code tag} ends each name, as it ends the clients' (empty for the demo itself).
     */
    List<Long> schedule(String tag) {
        if (clock.isReplaying()) {
            throw new IllegalStateException("Report schedules are made at the real time, so that none is due");
        }
        String suffix = tag.isEmpty() ? "" : " " + tag;
        List<String> finance = List.of(DemoCast.FINANCE);
        List<ScheduleDraft> drafts = List.of(
                new ScheduleDraft("Monthly aged receivables" + suffix, FinanceReport.AGED_RECEIVABLES,
                        Set.of(ReportFormat.PDF, ReportFormat.XLSX), null, "EUR", null, Frequency.MONTHLY, null, 1,
                        LocalTime.of(7, 0), EUROPE, finance, List.of()),
                new ScheduleDraft("Weekly payments register" + suffix, FinanceReport.PAYMENTS_RECEIVED,
                        Set.of(ReportFormat.XLSX), RelativePeriod.LAST_7_DAYS, "EUR", null, Frequency.WEEKLY,
                        Set.of(DayOfWeek.MONDAY), null, LocalTime.of(6, 30), EUROPE, finance, List.of()),
                new ScheduleDraft("Sales by client, last month (KES)" + suffix, FinanceReport.SALES_BY_CLIENT,
                        Set.of(ReportFormat.PDF), RelativePeriod.LAST_MONTH, "KES", null, Frequency.MONTHLY, null, 2,
                        LocalTime.of(8, 0), "Africa/Nairobi", finance, List.of()));
        List<Long> ids = new ArrayList<>();
        for (ScheduleDraft draft : drafts) {
            ids.add(actors.as(DemoCast.FINANCE, () -> schedules.pause(schedules.create(draft, null).getId()).getId()));
        }
        return ids;
    }
}
