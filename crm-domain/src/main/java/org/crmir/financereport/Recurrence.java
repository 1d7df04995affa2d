package org.crmir.financereport;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmir.shared.InvalidInputException.Violation;
import org.crmir.shared.InvalidInputException;

/**
 * When a schedule fires: daily; weekly on given days; monthly on day N (or the month's last day when N is null,
 * and on the last day of a month shorter than N); quarterly on that day of January, April, July and October;
 * always at a time of day in a time zone. A time that a daylight saving change skips fires at the first moment
 * after the gap, as {@link ZonedDateTime#of} places it.
 *
 * <p>A schedule missed while the server was down fires once when it is back, not once per missed slot: the
 * firing takes the latest slot that has come ({@link #lastAtOrBefore}), so a monthly "last month" report down
 * from January to March reports February, and asks {@link #nextAfter} the moment it fires.
 */
public record Recurrence(Frequency frequency, Set<DayOfWeek> days, Integer dayOfMonth, LocalTime at, ZoneId zone)
        implements Serializable {

    public enum Frequency { DAILY, WEEKLY, MONTHLY, QUARTERLY }

    /** The longest gap between two slots (a quarter), in days, with room for a daylight saving change. */
    static final int LONGEST_GAP_DAYS = 93;

    public Recurrence {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** This recurrence, or every broken rule at once, each naming its field. */
    public Recurrence checked() {
        List<Violation> broken = new ArrayList<>();
        if (frequency == null) {
            broken.add(new Violation("frequency", "is required: daily, weekly, monthly or quarterly"));
        } else if (frequency == Frequency.WEEKLY && days.isEmpty()) {
            broken.add(new Violation("days", "a weekly schedule needs at least one day of the week"));
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            broken.add(new Violation("dayOfMonth", "must be 1 to 31, or empty for the last day of the month"));
        }
        if (at == null) {
            broken.add(new Violation("at", "is required: the time of day it runs"));
        }
        if (zone == null) {
            broken.add(new Violation("zone", "is required: the time zone of that time, such as Europe/Zurich"));
        }
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
        return this;
    }

    /** The first slot strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
        for (int k = 0; k <= LONGEST_GAP_DAYS + 2; k++, day = day.plusDays(1)) {
            if (fallsOn(day)) {
                Instant slot = ZonedDateTime.of(day, at, zone).toInstant();
                if (slot.isAfter(after)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("No slot within a quarter after " + after + " for " + this);
    }

    /** The latest slot at or before {@code now}. */
    public Instant lastAtOrBefore(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate().plusDays(1);
        for (int k = 0; k <= LONGEST_GAP_DAYS + 2; k++, day = day.minusDays(1)) {
            if (fallsOn(day)) {
                Instant slot = ZonedDateTime.of(day, at, zone).toInstant();
                if (!slot.isAfter(now)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("No slot within a quarter before " + now + " for " + this);
    }

    /** Whether this recurrence has a slot on {@code day} (a local date in its zone). */
    public boolean fallsOn(LocalDate day) {
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> days.contains(day.getDayOfWeek());
            case MONTHLY -> day.getDayOfMonth() == dayIn(day);
            case QUARTERLY -> (day.getMonthValue() - 1) % 3 == 0 && day.getDayOfMonth() == dayIn(day);
        };
    }

    /** The day of {@code day}'s month this recurrence uses: N, or the last day when N is empty or too large. */
    private int dayIn(LocalDate day) {
        int last = day.lengthOfMonth();
        return dayOfMonth == null ? last : Math.min(dayOfMonth, last);
    }
}
