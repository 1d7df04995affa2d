package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MonthlyValueTest {

    @Test
    void aYearOfSupportWorth1200Brings100AMonthInALeapYearToo() {
        assertEquals(new BigDecimal("100.0000"),
                MonthlyValue.of(new BigDecimal("1200"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(new BigDecimal("100.0000"),
                MonthlyValue.of(new BigDecimal("1200"), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void wholeMonthsCountFromTheStartDateAndDaysLeftOverAreThirtieths() {
        assertEquals(60, MonthlyValue.termInThirtieths(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 14)));
        assertEquals(30 + 15, MonthlyValue.termInThirtieths(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15)));
        assertEquals(1, MonthlyValue.termInThirtieths(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));
        // February: 31 January to 27 February is 28 days, not a month.
        assertEquals(28, MonthlyValue.termInThirtieths(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 27)));
        assertEquals(new BigDecimal("2000.0000"),
                MonthlyValue.of(new BigDecimal("3000"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15)));
    }

    @Test
    void aTermEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MonthlyValue.termInThirtieths(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aMonthCountsWhenItsDayIsReachedSoMonthEndsMayFallShort() {
        assertEquals(7 * 30 + 29, MonthlyValue.termInThirtieths(LocalDate.of(2026, 6, 30), LocalDate.of(2027, 2, 27)));
    }

    /** A term of whole months gives the value divided by the months, to the cent, whatever months they are. */
    @Property
    void aTermOfWholeMonthsSharesTheValueEquallyAmongThem(@ForAll @IntRange(min = 1, max = 120) int months,
            @ForAll @IntRange(min = 0, max = 120) int startMonth, @ForAll @IntRange(min = 1, max = 28) int startDay,
            @ForAll @IntRange(min = 0, max = 10_000_000) int cents) {
        LocalDate start = LocalDate.of(2024, 1, startDay).plusMonths(startMonth);
        LocalDate end = start.plusMonths(months).minusDays(1);
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        assertEquals(30L * months, MonthlyValue.termInThirtieths(start, end), start + " + " + months + " months");
        assertEquals(0, value.divide(BigDecimal.valueOf(months), 4, java.math.RoundingMode.HALF_UP)
                .compareTo(MonthlyValue.of(value, start, end)));
    }

    /** A longer term never has a larger monthly value for the same contract value. */
    @Property
    void aLongerTermNeverBringsMoreAMonth(@ForAll @IntRange(min = 0, max = 2000) int days,
            @ForAll @IntRange(min = 1, max = 400) int more) {
        LocalDate start = LocalDate.of(2026, 1, 31);
        BigDecimal value = new BigDecimal("10000");
        assertTrue(MonthlyValue.of(value, start, start.plusDays(days + more))
                .compareTo(MonthlyValue.of(value, start, start.plusDays(days))) <= 0);
    }
}
