package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.crmir.financereport.Recurrence.Frequency;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Examples of recurrences and relative periods, at month ends, leap days and daylight saving changes. */
class RecurrenceTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final LocalTime SIX = LocalTime.of(6, 0);

    private static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void monthlyOnTheLastDayFollowsEachMonthsLength() {
        Recurrence last = new Recurrence(Frequency.MONTHLY, null, null, SIX, ZURICH);
        assertEquals(at("2028-02-29T06:00", ZURICH), last.nextAfter(at("2028-02-01T00:00", ZURICH)));
        assertEquals(at("2028-03-31T06:00", ZURICH), last.nextAfter(at("2028-02-29T06:00", ZURICH)));
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
        Recurrence day31 = new Recurrence(Frequency.MONTHLY, null, 31, SIX, ZURICH);
        assertEquals(at("2026-04-30T06:00", ZURICH), day31.nextAfter(at("2026-04-01T00:00", ZURICH)));
    }

    @Test
    void quarterlyRunsInTheQuartersFirstMonths() {
        Recurrence quarterly = new Recurrence(Frequency.QUARTERLY, null, 1, SIX, ZURICH);
        assertEquals(at("2026-04-01T06:00", ZURICH), quarterly.nextAfter(at("2026-01-01T06:00", ZURICH)));
        assertEquals(at("2027-01-01T06:00", ZURICH), quarterly.nextAfter(at("2026-10-05T00:00", ZURICH)));
    }

    @Test
    void weeklyRunsOnlyOnItsDays() {
        Recurrence mondaysAndThursdays = new Recurrence(Frequency.WEEKLY, Set.of(DayOfWeek.MONDAY,
                DayOfWeek.THURSDAY), null, SIX, ZURICH);
        // 2026-12-01 is a Tuesday
        assertEquals(at("2026-12-03T06:00", ZURICH), mondaysAndThursdays.nextAfter(at("2026-12-01T07:00", ZURICH)));
        assertEquals(at("2026-12-07T06:00", ZURICH), mondaysAndThursdays.nextAfter(at("2026-12-03T06:00", ZURICH)));
    }

    @Test
    void aTimeSkippedByDaylightSavingRunsJustAfterTheGap() {
        Recurrence halfPastTwo = new Recurrence(Frequency.DAILY, null, null, LocalTime.of(2, 30), ZURICH);
        // 2026-03-29: clocks in Zurich go from 02:00 to 03:00
        assertEquals(ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, ZURICH).toInstant(),
                halfPastTwo.nextAfter(at("2026-03-28T12:00", ZURICH)));
    }

    @Test
    void aScheduleMissedForDaysFiresOnceThenAtItsNextSlot() {
        Recurrence daily = new Recurrence(Frequency.DAILY, null, null, SIX, ZURICH);
        Instant due = at("2026-11-20T06:00", ZURICH);
        Instant backUp = at("2026-11-25T10:00", ZURICH); // five slots missed while down
        // the firing at backUp takes the due slot once and plans the first slot after backUp, not after due
        assertEquals(at("2026-11-26T06:00", ZURICH), daily.nextAfter(backUp));
        assertEquals(at("2026-11-21T06:00", ZURICH), daily.nextAfter(due), "what a per-slot catch-up would take");
    }

    @Test
    void brokenRecurrencesNameTheirFields() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new Recurrence(Frequency.WEEKLY, Set.of(), 32, null, null).checked());
        assertEquals(List.of("days", "dayOfMonth", "at", "zone"), refused.getViolations().stream()
                .map(InvalidInputException.Violation::field).toList());
    }

    @Test
    void relativePeriodsAreWholeDaysBeforeOrUpToTheDay() {
        LocalDate march1 = LocalDate.of(2028, 3, 1);
        assertArrayEquals(new LocalDate[] {LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)},
                RelativePeriod.LAST_MONTH.on(march1));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31)},
                RelativePeriod.LAST_QUARTER.on(LocalDate.of(2028, 2, 15)));
        assertArrayEquals(new LocalDate[] {march1, march1}, RelativePeriod.MONTH_TO_DATE.on(march1));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)},
                RelativePeriod.LAST_YEAR.on(march1));
    }
}
