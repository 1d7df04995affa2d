package org.crmir.contract;

import java.io.Serializable;
import java.time.LocalDate;

/** One billing period, both days inclusive. */
public record BillingPeriod(LocalDate start, LocalDate end) implements Serializable {

    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }

    @Override
    public String toString() {
        return start + " – " + end;
    }
}
