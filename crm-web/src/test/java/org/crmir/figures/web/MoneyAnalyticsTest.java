package org.crmir.figures.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.crmir.figures.MonthCollection;
import org.crmir.figures.MonthRevenue;
import org.junit.jupiter.api.Test;

/** How the analytics tables fold months into the page's periods and rates. */
class MoneyAnalyticsTest {

    /** The analytics page's grain, as the tables receive it: only its name counts. */
    enum Grain { MONTH, QUARTER }

    @Test
    void quartersAddUpTheirMonthsAndKeepCurrenciesApart() {
        List<MonthRevenue> months = List.of(
                new MonthRevenue(YearMonth.of(2026, 1), "EUR", "Support", new BigDecimal("100.00"), BigDecimal.ONE),
                new MonthRevenue(YearMonth.of(2026, 3), "EUR", "Support", new BigDecimal("50.50"), BigDecimal.ONE),
                new MonthRevenue(YearMonth.of(2026, 3), "KES", "Support", new BigDecimal("700"), BigDecimal.TEN),
                new MonthRevenue(YearMonth.of(2026, 4), "EUR", "Support", new BigDecimal("10.00"), BigDecimal.ONE));
        AnalyticsTable quarters = MoneyAnalytics.revenue("revenue-by-product", "Product or service", months,
                MoneyAnalytics.periods(Grain.QUARTER));
        assertEquals(List.of(
                List.of("Q1 2026", "EUR", "Support", new BigDecimal("150.50"), new BigDecimal("2")),
                List.of("Q1 2026", "KES", "Support", new BigDecimal("700.00"), new BigDecimal("1E+1")),
                List.of("Q2 2026", "EUR", "Support", new BigDecimal("10.00"), BigDecimal.ONE)), quarters.rows());
        AnalyticsTable byMonth = MoneyAnalytics.revenue("revenue-by-product", "Product or service", months,
                MoneyAnalytics.periods(Grain.MONTH));
        assertEquals("2026-01", byMonth.rows().get(0).get(0));
        assertEquals(4, byMonth.rows().size());
    }

    @Test
    void theCollectionRateIsCollectedOverInvoicedAndDaysToPayAnAverage() {
        List<MonthCollection> months = List.of(
                new MonthCollection(YearMonth.of(2026, 1), "EUR", new BigDecimal("400"), new BigDecimal("300"), 2, 50),
                new MonthCollection(YearMonth.of(2026, 2), "EUR", BigDecimal.ZERO, new BigDecimal("100"), 1, 10));
        AnalyticsTable table = MoneyAnalytics.collections(months, MoneyAnalytics.periods(Grain.QUARTER));
        assertEquals(List.of(List.of("Q1 2026", "EUR", new BigDecimal("400.00"), new BigDecimal("400.00"),
                new BigDecimal("100.0"), 3L, new BigDecimal("20.0"))), table.rows());
        AnalyticsTable monthly = MoneyAnalytics.collections(months, MoneyAnalytics.periods(Grain.MONTH));
        assertEquals("", monthly.rows().get(1).get(4), "nothing invoiced: no rate");
    }
}
