package org.crmir.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingScheduleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthlyPeriodsFromTheThirtyFirstKeepTheMonthEndWithoutDrifting() {
        LocalDate anchor = d("2026-01-31");
        assertEquals(new BillingPeriod(d("2026-01-31"), d("2026-02-27")), BillingSchedule.MONTHLY.period(anchor, 0));
        assertEquals(new BillingPeriod(d("2026-02-28"), d("2026-03-30")), BillingSchedule.MONTHLY.period(anchor, 1));
        assertEquals(new BillingPeriod(d("2026-03-31"), d("2026-04-29")), BillingSchedule.MONTHLY.period(anchor, 2));
    }

    @Test
    void quarterlyAndYearlyPeriodsFollowEachOtherWithoutGapsOrOverlap() {
        for (BillingSchedule schedule : BillingSchedule.values()) {
            LocalDate anchor = d("2024-02-29");
            BillingPeriod previous = schedule.period(anchor, 0);
            for (int k = 1; k < 30; k++) {
                BillingPeriod next = schedule.period(anchor, k);
                assertEquals(previous.end().plusDays(1), next.start(), schedule + " " + k);
                assertTrue(!next.end().isBefore(next.start()));
                previous = next;
            }
        }
    }

    @Test
    void theDueListOnTheFirstDayHoldsTheFirstPeriodOnly() {
        List<BillingPeriod> due = BillingSchedule.MONTHLY.periodsStarting(d("2026-03-01"), d("2026-03-01"),
                d("2026-03-01"));
        assertEquals(List.of(new BillingPeriod(d("2026-03-01"), d("2026-03-31"))), due);
    }

    @Test
    void aRunAfterMissedDaysCatchesUpEveryPeriodThatStartedMeanwhile() {
        // last billed March; the server was down from 31 March to 2 June
        List<BillingPeriod> due = BillingSchedule.MONTHLY.periodsStarting(d("2026-03-01"), d("2026-04-01"),
                d("2026-06-02"));
        assertEquals(List.of(d("2026-04-01"), d("2026-05-01"), d("2026-06-01")),
                due.stream().map(BillingPeriod::start).toList());
    }

    @Test
    void nothingIsDueBeforeTheNextPeriodStarts() {
        assertTrue(BillingSchedule.QUARTERLY.periodsStarting(d("2026-01-15"), d("2026-04-15"), d("2026-04-14"))
                .isEmpty());
        assertEquals(1, BillingSchedule.QUARTERLY.periodsStarting(d("2026-01-15"), d("2026-04-15"),
                d("2026-07-14")).size());
    }

    @Test
    void theIndexOfADayIsThePeriodContainingIt() {
        LocalDate anchor = d("2026-01-31");
        for (LocalDate day = anchor; day.isBefore(d("2028-01-01")); day = day.plusDays(1)) {
            BillingPeriod period = BillingSchedule.MONTHLY.period(anchor, BillingSchedule.MONTHLY.indexOf(anchor, day));
            assertTrue(!day.isBefore(period.start()) && !day.isAfter(period.end()), day + " in " + period);
        }
    }

    @Test
    void theFirstPeriodStartingOnOrAfterADay() {
        LocalDate anchor = d("2026-01-10");
        assertEquals(d("2026-01-10"), BillingSchedule.YEARLY.firstStartingOnOrAfter(anchor, d("2026-01-10")).start());
        assertEquals(d("2027-01-10"), BillingSchedule.YEARLY.firstStartingOnOrAfter(anchor, d("2026-01-11")).start());
        assertEquals(d("2026-01-10"), BillingSchedule.YEARLY.firstStartingOnOrAfter(anchor, d("2025-06-01")).start());
    }
}
