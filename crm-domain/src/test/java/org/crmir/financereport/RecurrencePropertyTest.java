package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmir.financereport.Recurrence.Frequency;

/**
 * Over many recurrences, zones and moments: the next slot is after the moment, falls on a day the recurrence
 * names, and no slot is skipped in between; so a firing that plans from the moment it fires catches up once.
 * Relative periods end before or on the day and start on or before their end.
 */
class RecurrencePropertyTest {

    @Provide
    Arbitrary<Recurrence> recurrences() {
        Arbitrary<Frequency> frequency = Arbitraries.of(Frequency.values());
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Integer> dayOfMonth = Arbitraries.integers().between(1, 31).injectNull(0.2);
        Arbitrary<LocalTime> at = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60,
                m % 60));
        Arbitrary<ZoneId> zone = Arbitraries.of("UTC", "Europe/Zurich", "America/New_York", "Africa/Nairobi",
                "Australia/Lord_Howe", "Asia/Kathmandu").map(ZoneId::of);
        return Combinators.combine(frequency, days, dayOfMonth, at, zone).as(Recurrence::new);
    }

    @Provide
    Arbitrary<Instant> moments() {
        return Arbitraries.longs().between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2035-12-31T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Property(tries = 500)
    void theNextSlotIsAfterTheMomentOnADayOfTheRecurrenceAndSkipsNone(@ForAll("recurrences") Recurrence r,
            @ForAll("moments") Instant after) {
        Instant next = r.nextAfter(after);
        assertTrue(next.isAfter(after));
        LocalDate day = next.atZone(r.zone()).toLocalDate();
        assertTrue(r.fallsOn(day), r + " on " + day);
        for (LocalDate d = after.atZone(r.zone()).toLocalDate(); d.isBefore(day); d = d.plusDays(1)) {
            if (r.fallsOn(d)) {
                Instant slot = ZonedDateTime.of(d, r.at(), r.zone()).toInstant();
                assertFalse(slot.isAfter(after), "skipped the slot " + slot + " of " + r);
            }
        }
        assertTrue(ChronoUnit.DAYS.between(after, next) <= Recurrence.LONGEST_GAP_DAYS);
    }

    @Property(tries = 300)
    void downtimeOfAnyLengthIsMadeUpByOneFiring(@ForAll("recurrences") Recurrence r,
            @ForAll("moments") Instant due, @ForAll("moments") Instant backUp) {
        Instant firedAt = backUp.isBefore(due) ? due : backUp;
        Instant planned = r.nextAfter(firedAt);
        assertTrue(planned.isAfter(firedAt), "the next firing is in the future, so the missed slots are gone");
    }

    @Property(tries = 500)
    void theLatestSlotComeIsASlotAtOrBeforeTheMomentWithNoSlotBetween(@ForAll("recurrences") Recurrence r,
            @ForAll("moments") Instant now) {
        Instant last = r.lastAtOrBefore(now);
        assertFalse(last.isAfter(now));
        LocalDate day = last.atZone(r.zone()).toLocalDate();
        assertTrue(r.fallsOn(day), r + " on " + day);
        assertEquals(ZonedDateTime.of(day, r.at(), r.zone()).toInstant(), last, "a slot of the recurrence");
        assertTrue(r.nextAfter(last).isAfter(now), "no slot between " + last + " and " + now + " for " + r);
    }

    @Property
    void relativePeriodsAreOrderedAndNeverAfterTheDay(@ForAll("moments") Instant moment,
            @ForAll RelativePeriod period) {
        LocalDate today = moment.atZone(ZoneId.of("UTC")).toLocalDate();
        LocalDate[] days = period.on(today);
        assertFalse(days[1].isBefore(days[0]));
        assertFalse(days[1].isAfter(today));
        assertEquals(period.name().startsWith("LAST") || period == RelativePeriod.YESTERDAY,
                days[1].isBefore(today));
    }
}
