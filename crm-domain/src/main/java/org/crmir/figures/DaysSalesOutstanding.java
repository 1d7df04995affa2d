package org.crmir.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Days sales outstanding: how many days of recent invoicing the receivables amount to, as finance reads it —
 * outstanding ÷ invoiced over the last {@value #DAYS} days × {@value #DAYS}, to one decimal.
 */
public final class DaysSalesOutstanding {

    /** The window of invoicing the receivables are compared with. */
    public static final int DAYS = 90;

    private DaysSalesOutstanding() {
    }

    /** The first day of the window that ends on {@code today}. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusDays(DAYS - 1L);
    }

    /** Null when nothing was invoiced in the window: there is no rate to compare with, not zero days. */
    public static BigDecimal of(BigDecimal outstanding, BigDecimal invoicedInWindow) {
        if (invoicedInWindow == null || invoicedInWindow.signum() <= 0) {
            return null;
        }
        return outstanding.multiply(BigDecimal.valueOf(DAYS)).divide(invoicedInWindow, 1, RoundingMode.HALF_UP);
    }
}
