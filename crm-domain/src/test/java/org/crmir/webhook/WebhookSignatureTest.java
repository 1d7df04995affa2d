package org.crmir.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final Instant AT = Instant.ofEpochSecond(1_733_155_200L);
    private static final String BODY = "{\"id\":\"evt_1\"}";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signsTheTimestampAndTheBodyAsAReceiverRecomputesThem() {
        // HMAC-SHA256("whsec_test", "1733155200.{\"id\":\"evt_1\"}"), computed apart from this code.
        assertEquals("t=1733155200,v1=aeb1be8d2302697a63e614e77b050c47d69dc38cb43e3f14eeebed59663e92da",
                WebhookSignature.header("whsec_test", AT, BODY));
    }

    @Test
    void verifiesOnlyTheSameBodySecretAndARecentTime() {
        String header = WebhookSignature.header("whsec_test", AT, BODY);
        assertTrue(WebhookSignature.verify(header, "whsec_test", BODY, AT.plusSeconds(60), FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, "whsec_test", BODY.replace('1', '2'), AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, "whsec_other", BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(header, "whsec_test", BODY, AT.plusSeconds(301), FIVE_MINUTES),
                "a replay after the tolerance");
        String otherTime = header.replace("t=1733155200", "t=1733155201");
        assertFalse(WebhookSignature.verify(otherTime, "whsec_test", BODY, AT, FIVE_MINUTES), "the time is signed");
        assertFalse(WebhookSignature.verify(null, "whsec_test", BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify("v1=abc", "whsec_test", BODY, AT, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify("t=x,v1=abc", "whsec_test", BODY, AT, FIVE_MINUTES));
    }
}
