package org.crmir.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BankDetailsTest {

    @Test
    void anIbanWithRightCheckDigitsIsAcceptedWithOrWithoutSpaces() {
        assertTrue(new BankDetails(null, null, "DE89 3704 0044 0532 0130 00", null).ibanProblem().isEmpty());
        assertTrue(new BankDetails(null, null, "gb82west12345698765432", null).ibanProblem().isEmpty());
    }

    @Test
    void anIbanWithATypingErrorIsRefused() {
        assertTrue(new BankDetails(null, null, "DE89 3704 0044 0532 0130 01", null).ibanProblem().isPresent());
    }

    @Test
    void otherAccountNumbersAreTakenAsTyped() {
        assertTrue(new BankDetails(null, null, "0123456789012", null).ibanProblem().isEmpty());
        assertTrue(new BankDetails(null, null, "KCB 1234-5678", null).ibanProblem().isEmpty());
    }

    @Test
    void blankPartsAreNotGivenAndTheAccountIsSetOnlyWithANumber() {
        BankDetails details = new BankDetails("  ", " Acme Ltd ", null, " deut de ff ");
        assertFalse(details.isSet());
        assertEquals("Acme Ltd", details.accountHolder());
        assertEquals("DEUTDEFF", details.bic());
        assertEquals("Account holder: Acme Ltd\nSWIFT/BIC: DEUTDEFF", details.describe());
        assertTrue(new BankDetails(null, null, "123", null).isSet());
    }
}
