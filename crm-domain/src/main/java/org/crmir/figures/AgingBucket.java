package org.crmir.figures;

import java.time.LocalDate;

/**
 * How late an open invoice is on a given day, in the buckets finance reads receivables by: not yet due, then
 * 1–30, 31–60, 61–90 and over 90 days past its due date. Each bucket is a range of due dates, so that a figure
 * and the invoice list it links to select the same invoices.
 */
public enum AgingBucket {
    CURRENT(Integer.MIN_VALUE, 0),
    DAYS_1_30(1, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    OVER_90(91, Integer.MAX_VALUE);

    private final int fromDaysLate;
    private final int toDaysLate;

    AgingBucket(int fromDaysLate, int toDaysLate) {
        this.fromDaysLate = fromDaysLate;
        this.toDaysLate = toDaysLate;
    }

    /** The bucket of an invoice due on {@code dueDate}, on {@code today}. */
    public static AgingBucket of(LocalDate dueDate, LocalDate today) {
        long late = java.time.temporal.ChronoUnit.DAYS.between(dueDate, today);
        for (AgingBucket bucket : values()) {
            if (late >= bucket.fromDaysLate && late <= bucket.toDaysLate) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket for " + late + " days late"); // the buckets cover every day
    }

    /** The earliest due date in the bucket on {@code today}, or null when it has none (over 90 days). */
    public LocalDate dueFrom(LocalDate today) {
        return toDaysLate == Integer.MAX_VALUE ? null : today.minusDays(toDaysLate);
    }

    /** The latest due date in the bucket on {@code today}, or null when it has none (not yet due). */
    public LocalDate dueTo(LocalDate today) {
        return fromDaysLate == Integer.MIN_VALUE ? null : today.minusDays(fromDaysLate);
    }

    /** Whether the invoices in it are past their due date. */
    public boolean overdue() {
        return this != CURRENT;
    }
}
