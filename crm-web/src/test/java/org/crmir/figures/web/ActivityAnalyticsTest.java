package org.crmir.figures.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmir.figures.FigureScope;
import org.junit.jupiter.api.Test;

class ActivityAnalyticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyQuarterOfTheRangeIsARowAndItsMonthsAddUp() {
        FigureScope scope = FigureScope.everything(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 31), TODAY);
        Map<LocalDate, Long> byQuarter = ActivityAnalytics.periods(scope, true, Map.of(LocalDate.of(2026, 2, 1), 2L,
                LocalDate.of(2026, 3, 1), 3L, LocalDate.of(2026, 7, 1), 7L), 0L, Long::sum);
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)),
                List.copyOf(byQuarter.keySet()));
        assertEquals(List.of(5L, 0L, 7L), List.copyOf(byQuarter.values()));
        assertEquals("2026 Q3", ActivityAnalytics.label(LocalDate.of(2026, 7, 1), true));
    }

    @Test
    void everyMonthOfTheRangeIsARowEvenAQuietOne() {
        FigureScope scope = FigureScope.everything(LocalDate.of(2026, 11, 15), LocalDate.of(2027, 1, 10), TODAY);
        Map<LocalDate, Long> byMonth = ActivityAnalytics.periods(scope, false, Map.of(LocalDate.of(2027, 1, 1), 4L),
                0L, Long::sum);
        assertEquals(Map.of(LocalDate.of(2026, 11, 1), 0L, LocalDate.of(2026, 12, 1), 0L,
                LocalDate.of(2027, 1, 1), 4L), byMonth);
        assertEquals("2026-12", ActivityAnalytics.label(LocalDate.of(2026, 12, 1), false));
    }
}
