package org.crmir.contract;

import java.time.LocalDate;

/** One billing period, both days inclusive. */
public record BillingPeriod(LocalDate start, LocalDate end) {

    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }

    @Override
    public String toString() {
        return start + " – " + end;
    }
}
