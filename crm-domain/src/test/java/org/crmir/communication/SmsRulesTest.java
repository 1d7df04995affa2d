package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SmsRulesTest {

    @Property
    void aNumberTypedWithSpacesDashesOrZerosReadsAsItsInternationalForm(
            @ForAll @LongRange(min = 10_000_000L, max = 999_999_999_999L) long digits) {
        String plain = "+254" + digits;
        String spaced = "+254 " + Long.toString(digits).replaceAll("(\\d{3})", "$1 ").strip();
        assertEquals(plain, SmsRules.phone("to", spaced));
        assertEquals(plain, SmsRules.phone("to", "00254-" + digits));
        assertTrue(SmsRules.phone("to", plain).matches("\\+[1-9][0-9]{7,14}"));
    }

    @Test
    void aNumberWithoutItsCountryOrWithLettersIsRefused() {
        assertThrows(InvalidInputException.class, () -> SmsRules.phone("to", "0712 345 678"));
        assertThrows(InvalidInputException.class, () -> SmsRules.phone("to", "+254 CALL ME"));
        assertThrows(InvalidInputException.class, () -> SmsRules.phone("to", "+1234567890123456"));
    }

    @Test
    void theTextIsRequiredAndBounded() {
        assertThrows(InvalidInputException.class, () -> SmsRules.text("text", "  "));
        assertEquals(1600, SmsRules.text("text", "x".repeat(1600)).length());
        assertThrows(InvalidInputException.class, () -> SmsRules.text("text", "x".repeat(1601)));
    }

    @Test
    void aReportIsDeliveredFailedOrStillOnItsWay() {
        assertEquals(Optional.of(DeliveryStatus.DELIVERED), SmsRules.reported("Success"));
        assertEquals(Optional.of(DeliveryStatus.FAILED), SmsRules.reported("Rejected"));
        assertEquals(Optional.of(DeliveryStatus.FAILED), SmsRules.reported("AbsentSubscriber"));
        assertEquals(Optional.empty(), SmsRules.reported("Buffered"));
        assertEquals(Optional.empty(), SmsRules.reported(null));
    }
}
