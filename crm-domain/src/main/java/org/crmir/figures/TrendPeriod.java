package org.crmir.figures;

import java.io.Serializable;
import java.time.LocalDate;

/** One column of an analytics trend: its first and last day (both inclusive) and how it is headed. */
public record TrendPeriod(LocalDate start, LocalDate end, String label) implements Serializable {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getLabel() {
        return label;
    }
}
