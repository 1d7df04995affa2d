package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of a run's parameters, and of a run's life, each refusal naming its field. */
class ReportParametersTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static List<String> fieldsOf(InvalidInputException e) {
        return e.getViolations().stream().map(InvalidInputException.Violation::field).toList();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedOnItsEnd() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ReportParameters(JAN_1,
                JAN_1.minusDays(1), "EUR", null).checkedFor(FinanceReport.INVOICE_REGISTER));
        assertEquals(List.of("to"), fieldsOf(refused));
    }

    @Test
    void aPeriodOfOneDayIsFine() {
        ReportParameters p = new ReportParameters(JAN_1, JAN_1, "eur", null).checkedFor(FinanceReport.TAX_SUMMARY);
        assertEquals("EUR", p.currency());
    }

    @Test
    void threeYearsAreTheLongestPeriod() {
        new ReportParameters(JAN_1, JAN_1.plusDays(ReportParameters.MAX_DAYS - 1), "EUR", null)
                .checkedFor(FinanceReport.CREDIT_NOTES);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ReportParameters(JAN_1,
                JAN_1.plusDays(ReportParameters.MAX_DAYS), "EUR", null).checkedFor(FinanceReport.CREDIT_NOTES));
        assertEquals(List.of("to"), fieldsOf(refused));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ReportParameters(null,
                null, "XXQ", -3L).checkedFor(FinanceReport.PAYMENTS_RECEIVED));
        assertEquals(List.of("currency", "clientId", "from", "to"), fieldsOf(refused));
    }

    @Test
    void aCurrencyIsAlwaysRequired() {
        assertEquals(List.of("currency"), fieldsOf(assertThrows(InvalidInputException.class,
                () -> new ReportParameters(null, null, " ", null).checkedFor(FinanceReport.AGED_RECEIVABLES))));
    }

    @Test
    void datesOutsideTheYears1900To9999AreRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ReportParameters(
                LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 2), "EUR", null)
                .checkedFor(FinanceReport.INVOICE_REGISTER));
        assertEquals(List.of("from"), fieldsOf(refused));
    }

    @Test
    void aReportAsOfADayRefusesAPeriodNamingEachDay() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ReportParameters(JAN_1,
                JAN_1.minusDays(9), "USD", 4L).checkedFor(FinanceReport.AGED_RECEIVABLES));
        assertEquals(List.of("from", "to"), fieldsOf(refused));
        assertEquals(List.of("to"), fieldsOf(assertThrows(InvalidInputException.class, () -> new ReportParameters(
                null, JAN_1, "USD", null).checkedFor(FinanceReport.OPEN_QUOTES))));
        ReportParameters p = new ReportParameters(null, null, "USD", 4L).checkedFor(FinanceReport.AGED_RECEIVABLES);
        assertNull(p.from());
        assertEquals("currency=USD;client=4", p.text());
    }

    @Test
    void theDayAReportIsAsOfIsStoredAndReadBack() {
        ReportParameters p = new ReportParameters(null, null, "EUR", 4L).checkedFor(FinanceReport.AGED_RECEIVABLES)
                .asOf(JAN_1);
        assertEquals("currency=EUR;asOf=2026-01-01;client=4", p.text());
        assertEquals(p, ReportParameters.parse(p.text()));
        assertEquals(JAN_1, ReportParameters.parse(p.text()).asOfOr(JAN_1.plusDays(40)));
        assertEquals("EUR, as of Jan 1, 2026, client #4", p.describe(java.util.Locale.ENGLISH));
        assertEquals(JAN_1.plusDays(40), ReportParameters.parse("currency=EUR").asOfOr(JAN_1.plusDays(40)),
                "a run stored before the day was kept ages on the day it renders");
    }

    @Test
    void reportsAreFoundByTheirCodeInAnySpelling() {
        assertEquals(FinanceReport.AGED_RECEIVABLES, FinanceReport.byCode("aged-receivables").orElseThrow());
        assertEquals(FinanceReport.TAX_SUMMARY, FinanceReport.byCode(" TAX_summary ").orElseThrow());
        assertTrue(FinanceReport.byCode("balance-sheet").isEmpty());
        assertTrue(FinanceReport.byCode(null).isEmpty());
    }

    @Test
    void aRedeliveredMessageFindsADoneRunAndStartsNothing() {
        ReportRun run = new ReportRun(FinanceReport.CREDIT_NOTES, new ReportParameters(JAN_1, JAN_1, "EUR", null),
                ReportFormat.CSV, "finance", Instant.EPOCH, null);
        assertTrue(run.start(Instant.EPOCH));
        assertTrue(run.start(Instant.EPOCH), "a RUNNING run whose message came back starts again");
        run.done(3, 100, "ab", Instant.EPOCH.plusSeconds(2));
        assertEquals(false, run.start(Instant.EPOCH.plusSeconds(5)));
        assertEquals(ReportRunStatus.DONE, run.getStatus());
        assertEquals(2, run.duration().toSeconds());
    }

    @Test
    void onlyAFailedRunOrOneWhoseOutputWasRemovedRunsAgain() {
        ReportRun run = new ReportRun(FinanceReport.CREDIT_NOTES, new ReportParameters(JAN_1, JAN_1, "EUR", null),
                ReportFormat.PDF, "finance", Instant.EPOCH, null);
        assertThrows(RuleViolationException.class, run::checkMayRunAgain, "queued");
        run.start(Instant.EPOCH);
        assertThrows(RuleViolationException.class, run::checkMayRunAgain, "running");
        run.done(1, 10, "ab", Instant.EPOCH);
        assertThrows(RuleViolationException.class, run::checkMayRunAgain, "done, its output there");
        run.outputRemoved(Instant.EPOCH);
        run.checkMayRunAgain();
        ReportRun failed = new ReportRun(FinanceReport.CREDIT_NOTES, new ReportParameters(JAN_1, JAN_1, "EUR", null),
                ReportFormat.PDF, "finance", Instant.EPOCH, null);
        failed.failed("no", Instant.EPOCH);
        failed.checkMayRunAgain();
    }

    @Test
    void aRemovedOrUnfinishedOutputCannotBeDownloaded() {
        ReportRun run = new ReportRun(FinanceReport.CREDIT_NOTES, new ReportParameters(JAN_1, JAN_1, "EUR", null),
                ReportFormat.PDF, "finance", Instant.EPOCH, null);
        assertThrows(RuleViolationException.class, run::checkOutputAvailable);
        run.start(Instant.EPOCH);
        run.done(1, 10, "ab", Instant.EPOCH);
        run.checkOutputAvailable();
        run.outputRemoved(Instant.EPOCH);
        assertThrows(RuleViolationException.class, run::checkOutputAvailable);
    }
}
