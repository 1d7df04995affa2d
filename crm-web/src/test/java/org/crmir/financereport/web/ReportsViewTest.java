package org.crmir.financereport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A run's result, moments and days read in the user's locale (and time zone), as the rest of the screens' do. */
class ReportsViewTest {

    @Test
    void aRunsResultIsWrittenInTheUsersLocale() {
        assertEquals("12,000 rows, 1.5 MB in 2.3 s", ReportsView.resultOf(12_000, 1_572_864L, 2_300, Locale.ENGLISH));
        assertEquals("12.000 rows, 1,5 MB in 2,3 s", ReportsView.resultOf(12_000, 1_572_864L, 2_300, Locale.GERMAN));
        assertEquals("1 row, 58 KB in 420 ms", ReportsView.resultOf(1, 59_000L, 420, Locale.GERMAN));
    }

    @Test
    void aRunsMomentIsInTheUsersTimeZoneAndLocaleAndSaysWhichZone() {
        java.time.Instant at = java.time.Instant.parse("2026-12-01T22:40:00Z");
        String paris = new RunTimes(Locale.GERMAN, RunTimes.zoneOf("Europe%2FParis")).moment(at);
        assertEquals("01.12.2026, 23:40 MEZ", paris);
        String utc = new RunTimes(Locale.ENGLISH, RunTimes.zoneOf(null)).moment(at);
        assertTrue(utc.startsWith("Dec 1, 2026, 10:40") && utc.endsWith(" UTC"), utc);
    }

    @Test
    void aCookieThatNamesNoZoneMeansUtc() {
        assertEquals(RunTimes.UTC, RunTimes.zoneOf("Mars/Olympus"));
        assertEquals(RunTimes.UTC, RunTimes.zoneOf("x".repeat(200)));
        assertEquals(java.time.ZoneId.of("America/New_York"), RunTimes.zoneOf("America%2FNew_York"));
    }

    @Test
    void aRunsPeriodAndDayReadInTheUsersLocale() {
        RunTimes german = new RunTimes(Locale.GERMAN, java.time.ZoneOffset.UTC);
        assertEquals("EUR, 01.01.2026 to 31.01.2026, client #7", german.parameters(new org.crmir.financereport
                .ReportParameters(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 31), "EUR", 7L)));
        assertEquals("CHF, as of Dec 1, 2026", new RunTimes(Locale.ENGLISH, java.time.ZoneOffset.UTC).parameters(
                new org.crmir.financereport.ReportParameters(null, null, "CHF", null, java.time.LocalDate.of(2026, 12, 1))));
    }
}
