package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysSalesOutstandingTest {

    @Test
    void receivablesAreCountedInDaysOfRecentInvoicing() {
        assertEquals(new BigDecimal("45.0"), DaysSalesOutstanding.of(new BigDecimal("500"), new BigDecimal("1000")));
        assertEquals(new BigDecimal("30.0"), DaysSalesOutstanding.of(new BigDecimal("100.00"), new BigDecimal("300.00")));
        assertEquals(new BigDecimal("0.0"), DaysSalesOutstanding.of(BigDecimal.ZERO, new BigDecimal("300.00")));
    }

    @Test
    void withoutInvoicingInTheWindowThereIsNoFigure() {
        assertNull(DaysSalesOutstanding.of(new BigDecimal("100"), BigDecimal.ZERO));
    }

    @Test
    void theWindowIsNinetyDaysEndingToday() {
        assertEquals(LocalDate.of(2026, 9, 3), DaysSalesOutstanding.windowStart(LocalDate.of(2026, 12, 1)));
    }
}
