package org.crmir.identity;

import java.io.Serializable;
import java.time.Instant;

/** What the profile page says of the caller's live calendar link: when it was made and last read by an app. */
public record CalendarLink(Instant createdAt, Instant lastReadAt) implements Serializable {

    static CalendarLink of(CalendarFeed feed) {
        return new CalendarLink(feed.getCreatedAt(), feed.getLastReadAt());
    }
}
