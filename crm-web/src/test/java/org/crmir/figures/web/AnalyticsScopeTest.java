package org.crmir.figures.web;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The analytics page's range: what it refuses, and why it says so. */
class AnalyticsScopeTest {

    @Test
    void aRangeIsRefusedWhenBackwardsEmptyOrTooLong() {
        assertNull(AnalyticsScope.refusal(YearMonth.of(2026, 1), YearMonth.of(2026, 1)));
        assertNull(AnalyticsScope.refusal(YearMonth.of(2016, 1), YearMonth.of(2025, 12)), "exactly ten years");
        assertTrue(AnalyticsScope.refusal(YearMonth.of(2016, 1), YearMonth.of(2026, 1)).contains("ten years"));
        assertTrue(AnalyticsScope.refusal(YearMonth.of(2026, 2), YearMonth.of(2026, 1)).contains("after the last"));
        assertTrue(AnalyticsScope.refusal(null, YearMonth.of(2026, 1)).contains("both"));
        assertTrue(AnalyticsScope.refusal(YearMonth.of(1899, 12), YearMonth.of(1900, 1)).contains("1900"));
    }
}
