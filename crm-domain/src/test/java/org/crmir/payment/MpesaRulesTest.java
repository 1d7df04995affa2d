package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Phone numbers, the Daraja password and the whole-shilling amount of an STK Push. */
class MpesaRulesTest {

    @ParameterizedTest
    @CsvSource({
            "0712345678, 254712345678",
            "0712 345 678, 254712345678",
            "+254712345678, 254712345678",
            "+254 712-345-678, 254712345678",
            "254712345678, 254712345678",
            "0110123456, 254110123456",
            "+254 110 123 456, 254110123456",
            "'  0722.000.111 ', 254722000111"})
    void kenyanMobileNumbersAreWrittenAsMpesaWantsThem(String written, String msisdn) {
        assertEquals(msisdn, MpesaPhone.parse(written).msisdn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "712345678", "071234567", "07123456789", "+255712345678", "255712345678",
            "0201234567", "+254201234567", "2547123456789", "07l2345678", "+0712345678", "++254712345678",
            "0812345678"})
    void anythingElseIsRefusedOnThePhoneField(String written) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> MpesaPhone.parse(written));
        assertEquals("phone", refused.getField());
        assertTrue(refused.getMessage().contains("0712 345 678"), refused.getMessage());
    }

    @Test
    void aMissingNumberIsRefusedToo() {
        assertThrows(InvalidInputException.class, () -> MpesaPhone.parse(null));
    }

    @Test
    void theMaskShowsOnlyTheCountryPrefixAndTheLastDigits() {
        assertEquals("2547•••••678", MpesaPhone.parse("0712345678").masked());
    }

    @Test
    void thePasswordIsBase64OfShortcodePasskeyAndTimestamp() {
        String password = DarajaPassword.of("174379", "crmir-test-passkey", "20261126114530");
        assertEquals("174379crmir-test-passkey20261126114530",
                new String(Base64.getDecoder().decode(password), StandardCharsets.UTF_8));
        assertEquals("MTc0Mzc5Y3JtaXItdGVzdC1wYXNza2V5MjAyNjExMjYxMTQ1MzA=", password);
    }

    @Test
    void theTimestampIsNairobiTimeThreeHoursAheadOfUtc() {
        assertEquals("20261126114530", DarajaPassword.timestamp(Instant.parse("2026-11-26T08:45:30Z")));
        assertEquals("20270101020000", DarajaPassword.timestamp(Instant.parse("2026-12-31T23:00:00Z")));
    }

    @ParameterizedTest
    @CsvSource({"1000.00, 1000", "1000.50, 1000", "1000.99, 1000", "1.00, 1", "2500.01, 2500"})
    void thePushAsksForTheWholeShillingsDueNeverMore(String due, String requested) {
        Money amount = StkAmount.forDue(Money.of(due, "KES"));
        assertEquals(Money.of(requested, "KES"), amount);
        assertEquals(requested, StkAmount.field(amount));
        assertTrue(!amount.isGreaterThan(Money.of(due, "KES")));
    }

    @Test
    void lessThanAShillingOrAnotherCurrencyCannotBePushed() {
        assertThrows(RuleViolationException.class, () -> StkAmount.forDue(Money.of("0.99", "KES")));
        RuleViolationException euro = assertThrows(RuleViolationException.class,
                () -> StkAmount.forDue(Money.of("10.00", "EUR")));
        assertTrue(euro.getMessage().contains("EUR"), euro.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "INV-2026-000123, 2026-000123",
            "F-2026-000001,   2026-000001",
            "INV-2026,        INV-2026",
            "LONGSERIES-20261234567, 20261234567",
            "A-B-2026-0000000001, 6-0000000001"})
    void theAccountReferenceFitsDarajasTwelveCharacters(String number, String reference) {
        assertEquals(reference, StkAccountReference.of(number));
        assertTrue(StkAccountReference.of(number).length() <= 12);
    }
}
