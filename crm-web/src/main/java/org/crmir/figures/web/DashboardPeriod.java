package org.crmir.figures.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The days the dashboard's period figures cover, counted back from today. */
public enum DashboardPeriod {
    THIS_MONTH,
    LAST_MONTH,
    THIS_QUARTER,
    THIS_YEAR,
    LAST_12_MONTHS;

    public LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
            case THIS_QUARTER -> today.with(IsoFields.DAY_OF_QUARTER, 1);
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_12_MONTHS -> today.withDayOfMonth(1).minusMonths(11);
        };
    }

    public LocalDate to(LocalDate today) {
        return this == LAST_MONTH ? today.withDayOfMonth(1).minusDays(1) : today;
    }
}
