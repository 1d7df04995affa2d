package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each report's select binds one value per placeholder, with and without a client; money and failure wording. */
class ReportSqlTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @EnumSource(FinanceReport.class)
    void everyPlaceholderHasItsValue(FinanceReport report) {
        for (Long client : new Long[] {null, 7L}) {
            ReportParameters p = (report.hasPeriod() ? new ReportParameters(DAY.minusDays(30), DAY, "EUR", client)
                    : new ReportParameters(null, null, "EUR", client)).checkedFor(report);
            ReportSql sql = ReportSql.of(report, p, DAY);
            assertEquals(sql.sql().chars().filter(c -> c == '?').count(), sql.valueCount(), sql.sql());
            assertEquals(client != null, sql.sql().contains("client_id = ?"), sql.sql());
        }
    }

    @Test
    void agedReceivablesAgeOnTheDayTheRunWasAskedForNotTheDayItRenders() {
        ReportParameters asked = new ReportParameters(null, null, "EUR", null)
                .checkedFor(FinanceReport.AGED_RECEIVABLES).asOf(DAY);
        ReportSql sql = ReportSql.of(FinanceReport.AGED_RECEIVABLES, asked, DAY.plusDays(3));
        assertEquals(List.of(DAY, DAY, DAY.minusDays(30), DAY.minusDays(30), DAY.minusDays(60), DAY.minusDays(60),
                DAY.minusDays(90), DAY.minusDays(90), "EUR"), sql.values());
    }

    @Test
    void collectionPerformanceCountsDaysToPayAsTheDashboardDoes() {
        ReportParameters p = new ReportParameters(DAY.minusDays(30), DAY, "EUR", null)
                .checkedFor(FinanceReport.COLLECTION_PERFORMANCE);
        String sql = ReportSql.of(FinanceReport.COLLECTION_PERFORMANCE, p, DAY).sql();
        assertTrue(sql.contains("SUM(" + org.crmir.figures.SettledInvoicesSummary.daysToPay("i") + ")"), sql);
        assertTrue(sql.contains("GREATEST("), sql);
    }

    @Test
    void contractRenewalsValueEachContractPerMonthByTheDashboardsRuleAtCentsAndTotalOnlyTheLastDaysRevisions() {
        ReportParameters p = new ReportParameters(DAY.minusDays(30), DAY, "EUR", null)
                .checkedFor(FinanceReport.CONTRACT_RENEWALS);
        ReportSql select = ReportSql.of(FinanceReport.CONTRACT_RENEWALS, p, DAY);
        String monthly = "ROUND(" + org.crmir.figures.MonthlyValue.SQL + ", 2)";
        assertTrue(select.sql().contains(monthly + " AS monthly_value"), select.sql());
        assertTrue(select.sql().contains("THEN " + monthly + " ELSE 0 END AS monthly_at_end"), select.sql());
        assertTrue(select.sql().contains("THEN src.contract_value ELSE 0 END AS value_at_end"), select.sql());
        assertEquals(List.of(DAY, DAY, DAY, DAY, DAY, DAY, DAY, DAY, DAY.minusDays(30), "EUR"), select.values(),
                "in force on the last day (value, per month, counted), the day itself; overlapping the period");
    }

    @Test
    void amountsAreGroupedForPeopleAndPlainForProgramsAtTheCurrencysMinorUnit() {
        assertEquals("#,##0.00", ReportRenderer.moneyPattern("EUR", ReportFormat.PDF));
        assertEquals("0.00", ReportRenderer.moneyPattern("EUR", ReportFormat.CSV));
        assertEquals("#,##0", ReportRenderer.moneyPattern("JPY", ReportFormat.XLSX));
        assertEquals("0.000", ReportRenderer.moneyPattern("KWD", ReportFormat.CSV));
    }

    @Test
    void aFailureReadsAsASentenceWithAReferenceAndNoInternals() {
        String shown = ReportRendering.failureShown("0a1b2c3d");
        assertTrue(shown.startsWith("The report could not be made."), shown);
        assertTrue(shown.contains("reference 0a1b2c3d"), shown);
        assertFalse(shown.contains("Exception") || shown.contains("SQL"), shown);
    }
}
