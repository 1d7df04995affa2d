package org.crmir.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void amountsFitDecimal19Scale4() {
        assertTrue(Limits.fitsAmount(new BigDecimal("999999999999999.9999")));
        assertTrue(Limits.fitsAmount(new BigDecimal("-999999999999999.9999")));
        assertTrue(Limits.fitsAmount(new BigDecimal("1.50000000")));
        assertTrue(Limits.fitsAmount(new BigDecimal("0E-20")));
        assertFalse(Limits.fitsAmount(new BigDecimal("1000000000000000")));
        assertFalse(Limits.fitsAmount(new BigDecimal("-1E15")));
        assertFalse(Limits.fitsAmount(new BigDecimal("0.00001")));
    }

    @Test
    void hugeExponentsAreRefusedWithoutArithmetic() {
        assertTimeoutPreemptively(Duration.ofMillis(200), () -> {
            assertFalse(Limits.fitsAmount(new BigDecimal("1e100000")));
            assertFalse(Limits.fitsAmount(new BigDecimal("1e-100000")));
            assertFalse(Limits.fitsAmount(new BigDecimal("1.0e-999999999")));
        });
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Money.of(new BigDecimal("1e100000"), "EUR"));
        assertEquals("amount", refused.getField());
    }

    @Test
    void datesLieBetween1900And9999() {
        assertTrue(Limits.fitsDate(LocalDate.of(1900, 1, 1)));
        assertTrue(Limits.fitsDate(LocalDate.of(9999, 12, 31)));
        assertFalse(Limits.fitsDate(LocalDate.of(1899, 12, 31)));
        assertFalse(Limits.fitsDate(LocalDate.MAX));
        assertFalse(Limits.fitsDate(LocalDate.of(-1, 1, 1)));
        assertEquals("validFrom", assertThrows(InvalidInputException.class,
                () -> Limits.date("validFrom", LocalDate.of(2, 1, 1))).getField());
    }

    @Test
    void textLongerThanItsColumnIsRefusedNotCut() {
        assertEquals("x".repeat(20), Limits.text("unit", "x".repeat(20), 20));
        assertEquals("unit", assertThrows(InvalidInputException.class,
                () -> Limits.text("unit", "x".repeat(21), 20)).getField());
    }
}
