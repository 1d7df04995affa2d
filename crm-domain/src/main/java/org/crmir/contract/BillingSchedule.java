package org.crmir.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a contract is invoiced. Periods are counted from an anchor date: period k starts at
 * {@code anchor + k × months} (computed from the anchor each time, so 31 January gives 28 February, then 31 March,
 * never drifting to the 28th), and ends the day before the next one starts. Each period is billed in advance on
 * its first day.
 */
public enum BillingSchedule {
    MONTHLY(1), QUARTERLY(3), YEARLY(12);

    /** Upper bound of periods listed at once; a daily run catches up over several days beyond it. */
    public static final int MAX_PERIODS_AT_ONCE = 120;

    private final int months;

    BillingSchedule(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public BillingPeriod period(LocalDate anchor, long index) {
        LocalDate start = anchor.plusMonths(index * months);
        return new BillingPeriod(start, anchor.plusMonths((index + 1) * months).minusDays(1));
    }

    /** The index of the period that contains {@code day}; 0 for days up to the anchor. */
    public long indexOf(LocalDate anchor, LocalDate day) {
        if (!day.isAfter(anchor)) {
            return 0;
        }
        // whole months between are an estimate: month ends make plusMonths land earlier than the day of month
        long index = java.time.temporal.ChronoUnit.MONTHS.between(anchor, day) / months;
        while (index > 0 && period(anchor, index).start().isAfter(day)) {
            index--;
        }
        while (!period(anchor, index + 1).start().isAfter(day)) {
            index++;
        }
        return index;
    }

    /**
     * The periods that start on a day in {@code [from, through]}, oldest first: what is due when a run on
     * {@code through} catches up everything since {@code from}. Empty when {@code through} is before {@code from}.
     */
    public List<BillingPeriod> periodsStarting(LocalDate anchor, LocalDate from, LocalDate through) {
        List<BillingPeriod> due = new ArrayList<>();
        if (through.isBefore(from)) {
            return due;
        }
        long index = indexOf(anchor, from);
        BillingPeriod period = period(anchor, index);
        if (period.start().isBefore(from)) {
            period = period(anchor, ++index);
        }
        while (!period.start().isAfter(through) && due.size() < MAX_PERIODS_AT_ONCE) {
            due.add(period);
            period = period(anchor, ++index);
        }
        return due;
    }

    /** The first period starting on or after {@code day}. */
    public BillingPeriod firstStartingOnOrAfter(LocalDate anchor, LocalDate day) {
        long index = indexOf(anchor, day);
        BillingPeriod period = period(anchor, index);
        return period.start().isBefore(day) ? period(anchor, index + 1) : period;
    }
}
