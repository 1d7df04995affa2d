package org.crmir.financereport;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A period said relative to the day a schedule fires: "last month" on 2026-03-01 is 2026-02-01 to 2026-02-28.
 * Whole days in the schedule's time zone; {@link #on} gives the first and last day, both included.
 */
public enum RelativePeriod {
    YESTERDAY("Yesterday"),
    LAST_7_DAYS("The last 7 days"),
    MONTH_TO_DATE("Month to date"),
    LAST_MONTH("Last month"),
    QUARTER_TO_DATE("Quarter to date"),
    LAST_QUARTER("Last quarter"),
    YEAR_TO_DATE("Year to date"),
    LAST_YEAR("Last year");

    private final String words;

    RelativePeriod(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The first and last day of this period for a schedule firing on {@code today}. */
    public LocalDate[] on(LocalDate today) {
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return switch (this) {
            case YESTERDAY -> days(today.minusDays(1), today.minusDays(1));
            case LAST_7_DAYS -> days(today.minusDays(7), today.minusDays(1));
            case MONTH_TO_DATE -> days(today.withDayOfMonth(1), today);
            case LAST_MONTH -> days(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1).minusDays(1));
            case QUARTER_TO_DATE -> days(quarterStart, today);
            case LAST_QUARTER -> days(quarterStart.minusMonths(3), quarterStart.minusDays(1));
            case YEAR_TO_DATE -> days(today.withDayOfYear(1), today);
            case LAST_YEAR -> days(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1));
        };
    }

    private static LocalDate[] days(LocalDate first, LocalDate last) {
        return new LocalDate[] {first, last};
    }
}
