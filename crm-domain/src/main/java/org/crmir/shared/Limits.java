package org.crmir.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The real limits of what CRMir stores, in one place for the API, the screens and the domain: amounts and
 * quantities fit a {@code DECIMAL(19,4)} column, dates lie between 1900 and 9999. Checks refuse, never round,
 * truncate or clamp, and they look at the size of a number before any arithmetic is done with it.
 */
public final class Limits {

    /** Amounts and quantities are below this in magnitude: 15 digits before the point, as DECIMAL(19,4) holds. */
    public static final BigDecimal AMOUNT_BOUND = BigDecimal.TEN.pow(15);
    public static final int AMOUNT_INTEGER_DIGITS = 15;
    public static final int AMOUNT_DECIMALS = 4;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    public static final String AMOUNT_RULE = "must be less than 1,000,000,000,000,000 with at most 4 decimals";
    public static final String DATE_RULE = "must be a date between 1900-01-01 and 9999-12-31, such as 2026-11-26";

    private Limits() {
    }

    /** Whether {@code value} fits DECIMAL(19,4); cheap even for 1e100000 (no division, no scaling). */
    public static boolean fitsAmount(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return true;
        }
        if ((long) value.precision() - value.scale() > AMOUNT_INTEGER_DIGITS) {
            return false;
        }
        // Trailing zeros may stand after the fourth decimal (1.50000); only a short number is worth stripping.
        return value.scale() <= AMOUNT_DECIMALS
                || value.precision() <= 40 && value.stripTrailingZeros().scale() <= AMOUNT_DECIMALS;
    }

    /** {@code value} when it fits DECIMAL(19,4) (null passes); otherwise a refusal naming {@code field}. */
    public static BigDecimal amount(String field, BigDecimal value) {
        if (!fitsAmount(value)) {
            throw new InvalidInputException(field, AMOUNT_RULE);
        }
        return value;
    }

    public static boolean fitsDate(LocalDate date) {
        return date == null || date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** {@code date} when its year is 1900–9999 (null passes); otherwise a refusal naming {@code field}. */
    public static LocalDate date(String field, LocalDate date) {
        if (!fitsDate(date)) {
            throw new InvalidInputException(field, DATE_RULE);
        }
        return date;
    }

    /** {@code text} when it has at most {@code max} characters (null passes); otherwise a refusal. */
    public static String text(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, "has at most " + max + " characters, not " + text.length());
        }
        return text;
    }
}
