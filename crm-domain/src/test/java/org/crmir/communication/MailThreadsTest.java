package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MailThreadsTest {

    @Property
    void theIdOfAnEmailSentIsFoundInAReplyToIt(@ForAll @LongRange(min = 1) long id) {
        String sent = MailThreads.messageId(id, "sales@example.com");
        assertEquals(List.of(id), MailThreads.referencedInteractions(sent));
        assertEquals(List.of(id), MailThreads.referencedInteractions("<other@mail.example> " + sent));
    }

    @Test
    void theMessageRepliedToDirectlyComesFirst() {
        String references = "<crmir-7@a.example> <x@y.example> <crmir-9@a.example>";
        assertEquals(List.of(12L, 9L, 7L), MailThreads.referencedInteractions("<crmir-12@a.example>", references));
        assertEquals(List.of(), MailThreads.referencedInteractions("<crmir-reports-5@a.example>", null),
                "the outboxes' own messages are no interactions");
    }

    @Test
    void aBounceIsAReportOrMailFromTheMailerDaemon() {
        assertTrue(MailThreads.isBounce("multipart/report; report-type=delivery-status; boundary=x", "a@b.c"));
        assertTrue(MailThreads.isBounce("text/plain", "MAILER-DAEMON@mx.example"));
        assertFalse(MailThreads.isBounce("multipart/mixed", "ann@example.com"));
    }

    @Test
    void aSentMessageMayBounceOnceAndIsNeverSentAgain() {
        assertTrue(DeliveryStatus.SENT.canMoveTo(DeliveryStatus.BOUNCED));
        assertTrue(DeliveryStatus.DELIVERED.canMoveTo(DeliveryStatus.BOUNCED));
        assertFalse(DeliveryStatus.QUEUED.canMoveTo(DeliveryStatus.BOUNCED));
        assertTrue(DeliveryStatus.BOUNCED.next().isEmpty());
        assertTrue(DeliveryStatus.BOUNCED.isSent());
    }
}
