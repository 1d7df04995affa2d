package org.crmir.communication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Date pickers give days; the history filters by instants: a day runs from its start to the next day's. */
final class Ranges {

    private Ranges() {
    }

    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
