package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Interaction mail() {
        return Interaction.outboundEmail(1L, "crm@corp.example", " Ann@Client.Example ", "Hello", "Body", NOW, "sam");
    }

    @Test
    void anOutboundEmailStartsQueuedAndGoesOutOnce() {
        Interaction mail = mail();
        assertEquals(DeliveryStatus.QUEUED, mail.getStatus());
        assertEquals("ann@client.example", mail.getRecipient());
        mail.startSending();
        mail.sent(NOW);
        assertEquals(DeliveryStatus.SENT, mail.getStatus());
        assertEquals(1, mail.getAttempts());
        assertTrue(mail.getStatus().isSent());
        assertThrows(RuleViolationException.class, mail::startSending);
    }

    @Test
    void aTransientFailureRequeuesWithTheErrorAndCountsAttempts() {
        Interaction mail = mail();
        mail.startSending();
        mail.retryLater("Connection refused");
        assertEquals(DeliveryStatus.QUEUED, mail.getStatus());
        assertEquals("Connection refused", mail.getErrorText());
        mail.startSending();
        mail.fail("Connection refused (after 2 attempts)");
        assertEquals(DeliveryStatus.FAILED, mail.getStatus());
        assertEquals(2, mail.getAttempts());
        mail.requeue();
        mail.startSending();
        mail.sent(NOW);
        assertNull(mail.getErrorText());
    }

    @Test
    void aRecordedInteractionHasNoDeliveryToMake() {
        Interaction call = Interaction.recorded(1L, Channel.CALL, Direction.INBOUND, "Ann", "Sam", "Pricing", null,
                NOW, "sam");
        assertEquals(DeliveryStatus.RECORDED, call.getStatus());
        assertThrows(RuleViolationException.class, call::startSending);
    }

    @Test
    void longErrorsAreClipped() {
        Interaction mail = mail();
        mail.startSending();
        mail.fail("x".repeat(5000));
        assertEquals(Interaction.MAX_ERROR, mail.getErrorText().length());
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesRefused() {
        assertEquals("Dear Ann, see INV-7.", Placeholders.fill("Dear {{contactName}}, see {{ documentTitle }}.",
                Map.of("contactName", "Ann", "documentTitle", "INV-7")));
        assertEquals("Hi .", Placeholders.fill("Hi {{contactName}}.", Map.of()));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Placeholders.checkKnown("body", "Dear {{customerNickname}}"));
        assertTrue(refused.getMessage().contains("customerNickname"));
    }
}
