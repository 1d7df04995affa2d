package org.crmir.financereport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A run's result reads in the user's locale, as the rest of the screens' numbers do. */
class ReportsViewTest {

    @Test
    void aRunsResultIsWrittenInTheUsersLocale() {
        assertEquals("12,000 rows, 1.5 MB in 2.3 s", ReportsView.resultOf(12_000, 1_572_864L, 2_300, Locale.ENGLISH));
        assertEquals("12.000 rows, 1,5 MB in 2,3 s", ReportsView.resultOf(12_000, 1_572_864L, 2_300, Locale.GERMAN));
        assertEquals("1 row, 58 KB in 420 ms", ReportsView.resultOf(1, 59_000L, 420, Locale.GERMAN));
    }
}
