package org.crmir.shared;

import java.math.BigDecimal;

/** Checks for percentages people type: tax rates and discounts. */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** Between 0 and 100 inclusive, with at most {@code decimals} decimals. */
    public static BigDecimal check(String field, BigDecimal value, int decimals) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException(field, "must be between 0 and 100 %, not " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new InvalidInputException(field, "has at most " + decimals + " decimals");
        }
        return value.setScale(decimals);
    }
}
