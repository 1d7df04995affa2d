package org.crmir.communication.api;

import java.time.Instant;
import org.crmir.communication.Channel;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.Direction;
import org.crmir.communication.Interaction;
import org.crmir.communication.InteractionRow;

/** An interaction in JSON; on write only channel, direction, sender, recipient, subject, body and when count. */
public record InteractionRepresentation(Long id, Long clientId, Channel channel, Direction direction, String sender,
        String recipient, String subject, String body, Instant occurredAt, DeliveryStatus status, String errorText,
        Integer attempts, String author) {

    static InteractionRepresentation of(Interaction i) {
        return new InteractionRepresentation(i.getId(), i.getClientId(), i.getChannel(), i.getDirection(),
                i.getSender(), i.getRecipient(), i.getSubject(), i.getBody(), i.getOccurredAt(), i.getStatus(),
                i.getErrorText(), i.getAttempts(), i.getAuthor());
    }

    static InteractionRepresentation of(InteractionRow i) {
        return new InteractionRepresentation(i.id(), i.clientId(), i.channel(), i.direction(), i.sender(),
                i.recipient(), i.subject(), null, i.occurredAt(), i.status(), i.errorText(), i.attempts(),
                i.author());
    }
}
