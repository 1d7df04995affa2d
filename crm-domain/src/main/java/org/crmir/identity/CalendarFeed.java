package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;

/**
 * A user's secret link to a calendar file of the dates that concern them, which calendar apps subscribe to without
 * signing in: the link is the key. Only its hash is stored; the link is shown once, when it is made. A user has at
 * most one live link: making a new one turns the old one off.
 */
@Entity
@Table(name = "calendar_feeds")
public class CalendarFeed extends UserSecret implements Serializable {

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(UserAccount user, HashedSecret secret, Instant now) {
        super(user, secret, now);
    }

    /** A calendar app fetched the file: shown on the profile page, so that a forgotten link can be told apart. */
    public void read(Instant now) {
        this.lastReadAt = now;
    }

    public void turnOff(Instant now) {
        if (isRevoked()) {
            throw new RuleViolationException("This calendar link is already turned off");
        }
        markRevoked(now);
    }

    public Instant getLastReadAt() { return lastReadAt; }
}
