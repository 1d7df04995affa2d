package org.crmir.webhook.api;

import java.time.Instant;
import org.crmir.webhook.DeliveryState;
import org.crmir.webhook.WebhookDelivery;

/** One event sent (or to be sent) to an endpoint, and where its attempts stand. */
public record WebhookDeliveryRepresentation(long id, String eventId, String type, DeliveryState state,
        int attempts, Integer lastStatus, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {

    static WebhookDeliveryRepresentation of(WebhookDelivery d) {
        return new WebhookDeliveryRepresentation(d.getId(), d.getEventId(), d.getEventType(), d.getState(),
                d.getAttempts(), d.getLastStatus(), d.getCreatedAt(), d.getLastAttemptAt(), d.getNextAttemptAt());
    }
}
