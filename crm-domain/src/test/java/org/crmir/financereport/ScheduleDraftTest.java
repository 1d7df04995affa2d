package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmir.financereport.Recurrence.Frequency;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A schedule's rules: each broken one named by its field, all at once; the firing takes the slot due and plans on. */
class ScheduleDraftTest {

    private static ScheduleDraft draft(String name, FinanceReport report, Set<ReportFormat> formats,
            RelativePeriod period, String zone, List<String> addresses) {
        return new ScheduleDraft(name, report, formats, period, "chf", null, Frequency.MONTHLY, null, null,
                LocalTime.of(7, 0), zone, List.of(), addresses);
    }

    private static Set<String> fieldsRefused(ScheduleDraft draft) {
        return assertThrows(InvalidInputException.class, draft::checked).getViolations().stream()
                .map(InvalidInputException.Violation::field).collect(Collectors.toSet());
    }

    @Test
    void aGoodDraftIsTidied() {
        ScheduleDraft.Checked checked = draft("  Month end  ", FinanceReport.INVOICE_REGISTER,
                Set.of(ReportFormat.PDF), RelativePeriod.LAST_MONTH, "Europe/Zurich",
                List.of(" Books@Corp.Example ", "books@corp.example")).checked();
        assertEquals("Month end", checked.name());
        assertEquals("CHF", checked.currency());
        assertEquals(List.of(ScheduleRecipient.address("books@corp.example")), checked.recipients());
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        assertEquals(Set.of("name", "formats", "zone", "recipients", "period"), fieldsRefused(draft("",
                FinanceReport.AGED_RECEIVABLES, Set.of(), RelativePeriod.LAST_MONTH, "Mars/Olympus", List.of())));
    }

    @Test
    void eachRefusalNamesItsField() {
        Set<ReportFormat> pdf = Set.of(ReportFormat.PDF);
        List<String> ok = List.of("a@corp.example");
        assertEquals(Set.of("report"), fieldsRefused(draft("x", null, pdf, null, "UTC", ok)));
        assertEquals(Set.of("name"), fieldsRefused(draft("n".repeat(101), FinanceReport.OPEN_QUOTES, pdf, null, "UTC",
                ok)));
        assertEquals(Set.of("period"), fieldsRefused(draft("x", FinanceReport.INVOICE_REGISTER, pdf, null, "UTC",
                ok)));
        assertEquals(Set.of("addresses"), fieldsRefused(draft("x", FinanceReport.OPEN_QUOTES, pdf, null, "UTC",
                List.of("a@b"))));
        assertEquals(Set.of("addresses"), fieldsRefused(draft("x", FinanceReport.OPEN_QUOTES, pdf, null, "UTC",
                List.of("a@corp.example, b@corp.example"))));
        assertEquals(Set.of("zone"), fieldsRefused(draft("x", FinanceReport.OPEN_QUOTES, pdf, null, "+02:00", ok)));
        for (String legacy : List.of("CET", "EST5EDT", "Etc/GMT-2", "GMT+2", "SystemV/EST5", "Z")) {
            assertEquals(Set.of("zone"), fieldsRefused(draft("x", FinanceReport.OPEN_QUOTES, pdf, null, legacy, ok)),
                    legacy + " is not offered on the page, so it is refused");
        }
        assertTrue(ScheduleDraft.ZONES.containsAll(List.of("UTC", "Europe/Zurich", "America/New_York")));
        assertEquals(Set.of("zone"), fieldsRefused(draft("x", FinanceReport.OPEN_QUOTES, pdf, null, null, ok)));
        assertEquals(Set.of("days"), fieldsRefused(new ScheduleDraft("x", FinanceReport.OPEN_QUOTES, pdf, null, "EUR",
                null, Frequency.WEEKLY, Set.of(), null, LocalTime.NOON, "UTC", List.of(), ok)));
        assertEquals(Set.of("currency"), fieldsRefused(new ScheduleDraft("x", FinanceReport.OPEN_QUOTES, pdf, null,
                "EURO", null, Frequency.DAILY, null, null, LocalTime.NOON, "UTC", List.of(), ok)));
        assertEquals(Set.of("recipients"), fieldsRefused(draft("x", FinanceReport.OPEN_QUOTES, pdf, null, "UTC",
                java.util.stream.IntStream.range(0, 51).mapToObj(k -> "p" + k + "@corp.example").toList())));
    }

    @Test
    void aFiringTakesTheLatestSlotComeAndPlansTheNextAfterNowSoDowntimeCostsOneFiring() {
        ReportSchedule schedule = new ReportSchedule(new ScheduleDraft("Daily", FinanceReport.CREDIT_NOTES,
                EnumSet.of(ReportFormat.CSV), RelativePeriod.YESTERDAY, "EUR", null, Frequency.DAILY, null, null,
                LocalTime.of(7, 0), "Europe/Zurich", List.of(), List.of("a@corp.example")).checked(), "daniel",
                Instant.parse("2026-03-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-03-01T06:00:00Z"), schedule.getNextRunAt());
        Instant back = Instant.parse("2026-03-11T12:00:00Z");
        assertTrue(schedule.isDue(back));
        Instant slot = schedule.fire(back);
        assertEquals(Instant.parse("2026-03-11T06:00:00Z"), slot, "the last slot it missed");
        assertEquals(Instant.parse("2026-03-12T06:00:00Z"), schedule.getNextRunAt(), "not the ten missed ones");
        assertEquals(LocalDate.of(2026, 3, 10), schedule.parametersFor(slot).from(), "yesterday on the slot's day");
        schedule.pause();
        assertTrue(!schedule.isDue(Instant.parse("2026-04-01T00:00:00Z")));
    }

    @Test
    void aMonthlyLastMonthScheduleDownFromJanuaryToMarchReportsFebruary() {
        ReportSchedule schedule = new ReportSchedule(new ScheduleDraft("Monthly", FinanceReport.CREDIT_NOTES,
                EnumSet.of(ReportFormat.CSV), RelativePeriod.LAST_MONTH, "EUR", null, Frequency.MONTHLY, null, 1,
                LocalTime.of(7, 0), "Europe/Zurich", List.of(), List.of("a@corp.example")).checked(), "daniel",
                Instant.parse("2026-01-31T12:00:00Z"));
        assertEquals(Instant.parse("2026-02-01T06:00:00Z"), schedule.getNextRunAt());
        Instant slot = schedule.fire(Instant.parse("2026-03-02T12:00:00Z"));
        assertEquals(Instant.parse("2026-03-01T06:00:00Z"), slot);
        assertEquals(LocalDate.of(2026, 2, 1), schedule.parametersFor(slot).from(), "February, not January");
        assertEquals(LocalDate.of(2026, 2, 28), schedule.parametersFor(slot).to());
        assertEquals(Instant.parse("2026-04-01T05:00:00Z"), schedule.getNextRunAt());
    }

    @Test
    void aReportAsOfADayIsAsOfTheSlotsDayInTheSchedulesZone() {
        ReportSchedule schedule = new ReportSchedule(new ScheduleDraft("Aged", FinanceReport.AGED_RECEIVABLES,
                EnumSet.of(ReportFormat.PDF), null, "EUR", null, Frequency.WEEKLY, Set.of(DayOfWeek.MONDAY), null,
                LocalTime.of(0, 30), "Pacific/Auckland", List.of(), List.of("a@corp.example")).checked(), "daniel",
                Instant.parse("2026-03-01T00:00:00Z"));
        Instant slot = schedule.getNextRunAt(); // Monday 00:30 in Auckland is Sunday in UTC
        assertEquals(LocalDate.of(2026, 3, 2), schedule.parametersFor(slot).asOf());
    }

    @Test
    void recurrencesReadAsPeopleSayThem() {
        java.time.ZoneId zurich = java.time.ZoneId.of("Europe/Zurich");
        assertEquals("Monthly on the last day at 07:00, Europe/Zurich", RecurrenceWords.of(new Recurrence(
                Frequency.MONTHLY, null, null, LocalTime.of(7, 0), zurich)));
        assertEquals("Monthly on day 5 at 07:00, Europe/Zurich", RecurrenceWords.of(new Recurrence(
                Frequency.MONTHLY, null, 5, LocalTime.of(7, 0), zurich)));
        assertEquals("Weekly on Monday, Wednesday and Friday at 18:30, Europe/Zurich", RecurrenceWords.of(
                new Recurrence(Frequency.WEEKLY, Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), null,
                        LocalTime.of(18, 30), zurich)));
        assertEquals("Daily at 06:00, Europe/Zurich", RecurrenceWords.of(new Recurrence(Frequency.DAILY, null, null,
                LocalTime.of(6, 0), zurich)));
        assertEquals("Quarterly on day 1 of January, April, July and October at 06:00, Europe/Zurich",
                RecurrenceWords.of(new Recurrence(Frequency.QUARTERLY, null, 1, LocalTime.of(6, 0), zurich)));
    }

    @Test
    void outputsTooBigToAttachGoAsLinksFromThePublicAddressNeverCut() {
        ReportParameters p = new ReportParameters(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "EUR", null);
        List<ScheduledMail.Output> big = List.of(new ScheduledMail.Output(7, ReportFormat.PDF, ReportRunStatus.DONE,
                10L * 1024 * 1024), new ScheduledMail.Output(8, ReportFormat.XLSX, ReportRunStatus.DONE,
                6L * 1024 * 1024), new ScheduledMail.Output(9, ReportFormat.CSV, ReportRunStatus.FAILED, null));
        long limit = ScheduledMail.attachLimitBytes(null);
        assertEquals(10L * 1024 * 1024, limit, "10 MB unless configured");
        assertEquals(25L * 1024 * 1024, ScheduledMail.attachLimitBytes(" 25 "));
        assertEquals(limit, ScheduledMail.attachLimitBytes("lots"));
        assertEquals(limit, ScheduledMail.attachLimitBytes("0"));
        assertTrue(!ScheduledMail.attach(big, limit));
        assertTrue(ScheduledMail.attach(big, ScheduledMail.attachLimitBytes("16")));
        String body = ScheduledMail.body("Month end", FinanceReport.INVOICE_REGISTER, p, big, false,
                java.util.Optional.of("https://crm.example.com"), "daniel@corp.example");
        assertTrue(body.contains("No CRMir account? Ask daniel@corp.example, who owns this schedule"), body);
        String noted = ScheduledMail.withNote(body, ScheduledMail.removedLine(ReportFormat.PDF));
        assertTrue(noted.endsWith("PDF: no longer kept (removed after its retention period before this e-mail could"
                + " go), so it is not attached after all.\n\nCRMir\n"), noted);
        assertTrue(body.contains("PDF: too big to attach (10.0 MB); download it, signed in, at"
                + " https://crm.example.com/finance/report-output?run=7"), body);
        assertTrue(body.contains("CSV: could not be made"), body);
        assertTrue(ScheduledMail.attach(big.subList(0, 1), limit));
        assertTrue(!ScheduledMail.body("Month end", FinanceReport.INVOICE_REGISTER, p, big.subList(0, 1), true,
                java.util.Optional.empty(), "daniel").contains("No CRMir account"), "attached: nothing to ask for");
    }
}
