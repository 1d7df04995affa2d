package org.crmir.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void theValueIsPaddedToItsDigitsAndNeverCut() {
        assertEquals("INV-2026-000042", DocumentNumbers.format("INV", 2026, 42, 6));
        assertEquals("CN-2027-0001", DocumentNumbers.format("CN", 2027, 1, 4));
        assertEquals("Q-2026-12345", DocumentNumbers.format("Q", 2026, 12345, 4));
    }

    @Property
    void readsAsZeroPaddedDecimal(@ForAll @LongRange(min = 1, max = 9_999_999_999L) long value,
            @ForAll @IntRange(min = 1, max = 8) int digits) {
        assertEquals("S-2026-" + String.format("%0" + digits + "d", value),
                DocumentNumbers.format("S", 2026, value, digits));
    }
}
