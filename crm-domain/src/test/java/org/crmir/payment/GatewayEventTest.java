package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class GatewayEventTest {

    private final Instant received = Instant.parse("2026-11-26T09:00:00Z");

    private GatewayEvent event() {
        return new GatewayEvent("stripe", "evt_1", "payment_intent.succeeded", "{}", received);
    }

    @Test
    void aPendingEventFailsWithWhyAndARetryMakesItPendingAgain() {
        GatewayEvent event = event();
        assertTrue(event.failed("Failed after 3 attempts: lock wait timeout", received.plusSeconds(30)));
        assertEquals(GatewayEventStatus.FAILED, event.getStatus());
        assertEquals("Failed after 3 attempts: lock wait timeout", event.getOutcome());
        assertFalse(event.isPending());

        event.retry(received.plusSeconds(60));
        assertTrue(event.isPending());
        assertNull(event.getOutcome());
    }

    @Test
    void aProcessedEventNeitherFailsNorRetries() {
        GatewayEvent event = event();
        event.processed(7L, "Payment recorded", received.plusSeconds(1));
        assertFalse(event.failed("late dead letter", received.plusSeconds(5)));
        assertEquals(GatewayEventStatus.PROCESSED, event.getStatus());
        assertThrows(RuleViolationException.class, () -> event.retry(received.plus(Duration.ofHours(1))));
    }

    @Test
    void aReceivedEventIsRetriedOnlyOnceItIsStuck() {
        GatewayEvent event = event();
        assertThrows(RuleViolationException.class, () -> event.retry(received.minusSeconds(1)));
        event.retry(received.plusSeconds(1));
        assertTrue(event.isPending());
    }

    @Test
    void aRejectedEventCannotBeRetried() {
        GatewayEvent event = event();
        event.rejected("No invoice 9", received);
        assertThrows(RuleViolationException.class, () -> event.retry(received.plusSeconds(3600)));
    }
}
