package org.crmir.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration HOLD = Duration.ofSeconds(30);

    @Test
    void eachAttemptIsTakenOnceAndOnlyInTurn() {
        WebhookDelivery delivery = new WebhookDelivery(1, "evt_1", "invoice.issued", "{}", T0);
        assertTrue(delivery.awaits(1));
        assertFalse(delivery.awaits(2), "not an attempt out of turn");
        assertTrue(delivery.claim(T0, HOLD));
        assertFalse(delivery.claim(T0.plusSeconds(5), HOLD), "a second message for the same attempt waits");

        delivery.attempted(500, false, T0.plusSeconds(1), T0.plusSeconds(61));
        assertEquals(DeliveryState.PENDING, delivery.getState());
        assertFalse(delivery.awaits(1), "the attempt was made");
        assertTrue(delivery.awaits(2));
        assertTrue(delivery.claim(T0.plusSeconds(61), HOLD), "the next attempt can be taken at once");

        delivery.attempted(200, true, T0.plusSeconds(62), null);
        assertEquals(DeliveryState.DELIVERED, delivery.getState());
        assertFalse(delivery.awaits(3), "delivered: nothing more is sent");
    }

    @Test
    void aClaimLeftByASenderThatDiedExpires() {
        WebhookDelivery delivery = new WebhookDelivery(1, "evt_1", "invoice.issued", "{}", T0);
        assertTrue(delivery.claim(T0, HOLD));
        assertTrue(delivery.claim(T0.plus(HOLD).plusMillis(1), HOLD));
    }

    @Test
    void givenUpItCanBeSentAgainByHand() {
        WebhookDelivery delivery = new WebhookDelivery(1, "evt_1", "ping", "{}", T0);
        delivery.attempted(503, false, T0, null);
        assertEquals(DeliveryState.GAVE_UP, delivery.getState());
        assertTrue(delivery.isPing());
        delivery.resend(T0.plusSeconds(10));
        assertTrue(delivery.awaits(2));
    }
}
