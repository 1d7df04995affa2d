package org.crmir.communication;

import java.io.Serializable;
import java.time.Instant;

/** An interaction a user writes down: a call, a meeting, a note, an email or SMS sent outside CRMir. */
public record NewInteraction(Channel channel, Direction direction, String sender, String recipient,
        String subject, String body, Instant occurredAt, Long contactId, RelatedDocument relatedType,
        Long relatedId) implements Serializable {
}
