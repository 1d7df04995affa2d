package org.crmir.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A contract's value per month, for recurring revenue. A contract's value is what it is worth over its whole term
 * (start to end date, both inclusive), whatever its billing schedule: a year of support billed monthly at 100 is
 * worth 1,200. So its monthly value is its value divided by the length of its term in months, counted as whole
 * calendar months from the start date plus the days left over as thirtieths of a month:
 * {@code value × 30 / (30 × months + days)}, rounded half up to 4 decimals. A term of 1 January to 31 December
 * is 12 months in any year; 15 January to 14 March is 2 months. A month counts when its day of the month is
 * reached, as in a calendar ({@link ChronoUnit#MONTHS}, and MariaDB's {@code TIMESTAMPDIFF(MONTH, …)}): a term
 * from 30 June to 27 February (the day before 28 February) is 7 months and 29 days, not 8 months.
 *
 * <p>The summary of contracts computes the same in SQL (see {@link #SQL}); this class is the rule and its test.
 */
public final class MonthlyValue {

    /**
     * The rule in MariaDB SQL over the columns {@code contract_value}, {@code start_date} and {@code end_date} of
     * a table aliased {@code src}.
     */
    public static final String SQL = "ROUND(src.contract_value * 30 / (30 * TIMESTAMPDIFF(MONTH, src.start_date,"
            + " src.end_date + INTERVAL 1 DAY) + DATEDIFF(src.end_date + INTERVAL 1 DAY, src.start_date"
            + " + INTERVAL TIMESTAMPDIFF(MONTH, src.start_date, src.end_date + INTERVAL 1 DAY) MONTH)), 4)";

    private MonthlyValue() {
    }

    /** The term's length in thirtieths of a month: 30 per whole calendar month, 1 per day left over. */
    public static long termInThirtieths(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a term runs from its start to an end on or after it");
        }
        LocalDate dayAfter = end.plusDays(1);
        long months = ChronoUnit.MONTHS.between(start, dayAfter);
        long days = ChronoUnit.DAYS.between(start.plusMonths(months), dayAfter);
        return 30 * months + days;
    }

    /** The value per month of a contract worth {@code value} over {@code start}..{@code end}. */
    public static BigDecimal of(BigDecimal value, LocalDate start, LocalDate end) {
        return value.multiply(BigDecimal.valueOf(30))
                .divide(BigDecimal.valueOf(termInThirtieths(start, end)), 4, RoundingMode.HALF_UP);
    }
}
