package org.crmir.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One all-day entry of a calendar feed: a contract's end or notice deadline, an important date, an invoice falling
 * due. {@code uid} stays the same for the same date of the same record, so that a calendar app updates the entry
 * it has instead of adding a second one; {@code url} is absolute (or null when no public address is configured).
 */
public record DatedEvent(String uid, LocalDate date, String summary, String description, String url,
        String category) implements Serializable {

    public DatedEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
    }
}
