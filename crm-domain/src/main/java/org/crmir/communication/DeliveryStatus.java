package org.crmir.communication;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an interaction stands. A logged call, meeting or note is RECORDED. An outbound message is QUEUED, then
 * SENDING while the dispatcher talks to the mail server, then SENT (DELIVERED once a receipt says so), or FAILED
 * with the server's error. A transient failure puts it back to QUEUED for the next attempt; a FAILED message can
 * be queued again by the user's "retry". A sent message whose bounce comes back to CRMir's mailbox is BOUNCED; an
 * SMS the gateway accepted but the phone network could not deliver is FAILED from SENT.
 */
public enum DeliveryStatus {
    RECORDED, QUEUED, SENDING, SENT, DELIVERED, FAILED, BOUNCED;

    public Set<DeliveryStatus> next() {
        return switch (this) {
            case RECORDED, BOUNCED -> EnumSet.noneOf(DeliveryStatus.class);
            case DELIVERED -> EnumSet.of(BOUNCED);
            case QUEUED -> EnumSet.of(SENDING, FAILED);
            case SENDING -> EnumSet.of(SENT, QUEUED, FAILED);
            case SENT -> EnumSet.of(DELIVERED, BOUNCED, FAILED);
            case FAILED -> EnumSet.of(QUEUED);
        };
    }

    public boolean canMoveTo(DeliveryStatus target) {
        return next().contains(target);
    }

    /** Already handed to the mail server: sending it again would send it twice. */
    public boolean isSent() {
        return this == SENT || this == DELIVERED || this == BOUNCED;
    }
}
