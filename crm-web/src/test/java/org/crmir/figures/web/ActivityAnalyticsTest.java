package org.crmir.figures.web;

import org.crmir.figures.Grain;
import org.crmir.figures.TrendPeriod;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the activity tables fold months into the page's periods: the same periods and labels as the money tables. */
class ActivityAnalyticsTest {

    @Test
    void everyQuarterOfTheRangeIsARowAndItsMonthsAddUp() {
        List<TrendPeriod> quarters = Grain.QUARTER.periods(YearMonth.of(2026, 2), YearMonth.of(2026, 8),
                Locale.ENGLISH);
        List<Long> perQuarter = ActivityAnalytics.perPeriod(quarters, Map.of(LocalDate.of(2026, 2, 1), 2L,
                LocalDate.of(2026, 3, 1), 3L, LocalDate.of(2026, 7, 1), 7L), 0L, Long::sum);
        assertEquals(List.of("Q1 2026 (Feb–Mar)", "Q2 2026", "Q3 2026 (Jul–Aug)"),
                quarters.stream().map(TrendPeriod::label).toList());
        assertEquals(List.of(5L, 0L, 7L), perQuarter);
    }

    @Test
    void everyMonthOfTheRangeIsARowEvenAQuietOneAndMonthsOutsideAreLeftOut() {
        List<TrendPeriod> months = Grain.MONTH.periods(YearMonth.of(2026, 11), YearMonth.of(2027, 1), Locale.ENGLISH);
        List<Long> perMonth = ActivityAnalytics.perPeriod(months, Map.of(LocalDate.of(2027, 1, 1), 4L,
                LocalDate.of(2027, 2, 1), 9L), 0L, Long::sum);
        assertEquals(List.of(0L, 0L, 4L), perMonth);
        assertEquals("Dec 2026", months.get(1).label());
    }
}
