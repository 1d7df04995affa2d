package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GrainTest {

    @Test
    void monthsAreOneColumnEach() {
        List<TrendPeriod> periods = Grain.MONTH.periods(YearMonth.of(2025, 12), YearMonth.of(2026, 2), Locale.ENGLISH);
        assertEquals(List.of("Dec 2025", "Jan 2026", "Feb 2026"), periods.stream().map(TrendPeriod::label).toList());
        assertEquals(LocalDate.of(2026, 2, 1), periods.get(2).start());
        assertEquals(LocalDate.of(2026, 2, 28), periods.get(2).end());
    }

    @Test
    void quartersCutByTheRangeSayWhichMonthsTheyHold() {
        List<TrendPeriod> periods = Grain.QUARTER.periods(YearMonth.of(2026, 2), YearMonth.of(2026, 10),
                Locale.ENGLISH);
        assertEquals(List.of("Q1 2026 (Feb–Mar)", "Q2 2026", "Q3 2026", "Q4 2026 (Oct)"),
                periods.stream().map(TrendPeriod::label).toList());
        assertEquals(LocalDate.of(2026, 2, 1), periods.get(0).start());
        assertEquals(LocalDate.of(2026, 3, 31), periods.get(0).end());
        assertEquals(LocalDate.of(2026, 10, 31), periods.get(3).end());
    }

    @Test
    void aDayFindsItsColumn() {
        List<TrendPeriod> periods = Grain.QUARTER.periods(YearMonth.of(2026, 1), YearMonth.of(2026, 12),
                Locale.ENGLISH);
        assertEquals(1, Grain.indexOf(periods, LocalDate.of(2026, 6, 30)));
        assertEquals(-1, Grain.indexOf(periods, LocalDate.of(2027, 1, 1)));
    }

    /** The columns cover the range exactly: no day twice, none left out, none outside. */
    @Property(tries = 300)
    void periodsTileTheRange(@ForAll @IntRange(min = 1990, max = 2100) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 0, max = 119) int months,
            @ForAll boolean quarters) {
        YearMonth from = YearMonth.of(year, month);
        YearMonth to = from.plusMonths(months);
        List<TrendPeriod> periods = (quarters ? Grain.QUARTER : Grain.MONTH).periods(from, to, Locale.ENGLISH);
        assertEquals(from.atDay(1), periods.get(0).start());
        assertEquals(to.atEndOfMonth(), periods.get(periods.size() - 1).end());
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).end().plusDays(1), periods.get(i).start());
        }
        assertTrue(periods.stream().allMatch(p -> !p.end().isBefore(p.start())));
    }
}
