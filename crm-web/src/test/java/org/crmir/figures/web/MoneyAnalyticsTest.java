package org.crmir.figures.web;

import org.crmir.figures.Grain;
import org.crmir.figures.TrendPeriod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.crmir.figures.MonthCollection;
import org.crmir.figures.MonthRevenue;
import org.crmir.figures.PeriodRevenue;
import org.junit.jupiter.api.Test;

/** How the analytics tables fold months into the page's periods and rates. */
class MoneyAnalyticsTest {

    private static List<TrendPeriod> periods(Grain grain) {
        return grain.periods(YearMonth.of(2026, 1), YearMonth.of(2026, 6), Locale.ENGLISH);
    }

    @Test
    void quartersAddUpTheirMonthsAndKeepCurrenciesApart() {
        List<MonthRevenue> months = List.of(
                new MonthRevenue(YearMonth.of(2026, 1), "EUR", "Support", new BigDecimal("100.00"), BigDecimal.ONE),
                new MonthRevenue(YearMonth.of(2026, 3), "EUR", "Support", new BigDecimal("50.50"), BigDecimal.ONE),
                new MonthRevenue(YearMonth.of(2026, 3), "KES", "Support", new BigDecimal("700"), BigDecimal.TEN),
                new MonthRevenue(YearMonth.of(2026, 4), "EUR", "Support", new BigDecimal("10.00"), BigDecimal.ONE));
        AnalyticsTable quarters = MoneyAnalytics.revenue("revenue-by-product", "Product or service",
                PeriodRevenue.fold(months, periods(Grain.QUARTER)), periods(Grain.QUARTER));
        assertEquals(List.of(
                List.of("Q1 2026", "EUR", "Support", new BigDecimal("150.50"), new BigDecimal("2")),
                List.of("Q1 2026", "KES", "Support", new BigDecimal("700.00"), new BigDecimal("1E+1")),
                List.of("Q2 2026", "EUR", "Support", new BigDecimal("10.00"), BigDecimal.ONE)), quarters.rows());
        AnalyticsTable byMonth = MoneyAnalytics.revenue("revenue-by-product", "Product or service",
                PeriodRevenue.fold(months, periods(Grain.MONTH)), periods(Grain.MONTH));
        assertEquals("Jan 2026", byMonth.rows().get(0).get(0));
        assertEquals(4, byMonth.rows().size());
    }

    @Test
    void theCollectionRateIsCollectedOverInvoicedAndDaysToPayAnAverage() {
        List<MonthCollection> months = List.of(
                new MonthCollection(YearMonth.of(2026, 1), "EUR", new BigDecimal("400"), new BigDecimal("300"), 2, 50),
                new MonthCollection(YearMonth.of(2026, 2), "EUR", BigDecimal.ZERO, new BigDecimal("100"), 1, 10));
        AnalyticsTable table = MoneyAnalytics.collections(months, periods(Grain.QUARTER));
        assertEquals(List.of(List.of("Q1 2026", "EUR", new BigDecimal("400.00"), new BigDecimal("400.00"),
                new BigDecimal("100.0"), 3L, new BigDecimal("20.0"))), table.rows());
        AnalyticsTable monthly = MoneyAnalytics.collections(months, periods(Grain.MONTH));
        assertEquals("", monthly.rows().get(1).get(4), "nothing invoiced: no rate");
    }

    @Test
    void aQuarterCutByTheRangeIsLabelledWithItsMonthsAndCountsOnlyThem() {
        List<TrendPeriod> cut = Grain.QUARTER.periods(YearMonth.of(2026, 2), YearMonth.of(2026, 4), Locale.ENGLISH);
        List<MonthRevenue> months = List.of(
                new MonthRevenue(YearMonth.of(2026, 2), "EUR", "Support", new BigDecimal("5.00"), BigDecimal.ONE),
                new MonthRevenue(YearMonth.of(2026, 4), "EUR", "Support", new BigDecimal("7.00"), BigDecimal.ONE));
        AnalyticsTable table = MoneyAnalytics.revenue("revenue-by-product", "Product or service",
                PeriodRevenue.fold(months, cut), cut);
        assertEquals(List.of("Q1 2026 (Feb–Mar)", "Q2 2026 (Apr)"),
                table.rows().stream().map(row -> row.get(0)).toList());
    }
}
