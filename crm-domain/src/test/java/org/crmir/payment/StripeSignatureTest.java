package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StripeSignatureTest {

    private static final String SECRET = "whsec_test_secret";
    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    @Test
    void aSignatureMadeWithTheSecretIsValid() {
        assertNull(StripeSignature.problemWith(StripeSignature.header(BODY, SECRET, NOW.getEpochSecond()), BODY,
                SECRET, NOW));
    }

    @Test
    void anyChangeOfBodySecretOrTimeIsRefused() {
        String header = StripeSignature.header(BODY, SECRET, NOW.getEpochSecond());
        assertEquals("no signature matches", StripeSignature.problemWith(header, BODY + " ", SECRET, NOW));
        assertEquals("no signature matches", StripeSignature.problemWith(header, BODY, "whsec_other", NOW));
        assertTrue(StripeSignature.problemWith(header, BODY, SECRET, NOW.plusSeconds(301)).contains("tolerance"));
        assertTrue(StripeSignature.problemWith("t=abc,v1=00", BODY, SECRET, NOW).contains("not a number"));
        assertTrue(StripeSignature.problemWith(null, BODY, SECRET, NOW).contains("missing"));
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String good = StripeSignature.header(BODY, SECRET, NOW.getEpochSecond());
        String header = "t=" + NOW.getEpochSecond() + ",v1=deadbeef," + good.substring(good.indexOf("v1="));
        assertNull(StripeSignature.problemWith(header, BODY, SECRET, NOW));
    }
}
