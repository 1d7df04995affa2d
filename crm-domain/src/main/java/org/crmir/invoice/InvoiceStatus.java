package org.crmir.invoice;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT can be edited; ISSUED is frozen and numbered; payments move it to PARTIALLY_PAID and PAID; the daily
 * timer moves an unpaid invoice past its due date to OVERDUE; VOID (only without payments) keeps its number.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, OVERDUE, VOID;

    public Set<InvoiceStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ISSUED);
            case ISSUED -> EnumSet.of(PARTIALLY_PAID, PAID, OVERDUE, VOID);
            case PARTIALLY_PAID -> EnumSet.of(PAID, OVERDUE);
            case OVERDUE -> EnumSet.of(PARTIALLY_PAID, PAID, VOID);
            case PAID, VOID -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }

    public boolean canMoveTo(InvoiceStatus target) {
        return next().contains(target);
    }

    /** Issued and not settled: money is still expected. */
    public boolean isOpen() {
        return this == ISSUED || this == PARTIALLY_PAID || this == OVERDUE;
    }
}
