package org.crmir.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crmir.shared.BusinessEvent;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.JsonBuilders;
import org.crmir.shared.PublicAddress;

/**
 * Publishes an event in the transaction of the change it tells of: one delivery row per endpoint that wants it,
 * queued for sending. Rolled back with the change, so a receiver never hears of what did not happen, and committed
 * with it, so no event is lost between the change and the queue.
 */
@Stateless
@PermitAll
public class WebhookPublisher {

    @Inject
    EntityManager em;

    @Inject
    WebhookQueue queue;

    /**
     * A feature's event, observed in the feature's transaction. Its {@code facts} save a receiver a request for
     * what most of them need; the rest is one GET of {@code data.url} away.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(@Observes BusinessEvent event) {
        BusinessEventType type = event.type();
        List<?> endpoints = em.createNamedQuery(WebhookEndpoint.WANTING).setParameter(1, type.name())
                .getResultList();
        if (endpoints.isEmpty()) {
            return; // the common case: one indexed read of a small table
        }
        // Read with a shared lock: an endpoint deleted meanwhile waits for this change to commit, instead of failing
        // its delivery's foreign key and with it the change.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String url = PublicAddress.url().map(u -> u + "/api/v1/" + type.apiCollection() + "/" + event.id()).orElse(null);
        String body = body(eventId, type.wireName(), type.objectName(), now, event.id(), url, event.facts());
        for (Object endpoint : endpoints) {
            deliver(new WebhookDelivery(((Number) endpoint).longValue(), eventId, type.wireName(), body, now), false);
        }
    }

    /** A ping to one endpoint, whatever it subscribed to: proves the URL and the secret work. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public WebhookDelivery ping(long endpointId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = body(eventId, WebhookDelivery.PING, "webhook_endpoint", now, endpointId, null,
                Map.of("message", "CRMir can reach you."));
        return deliver(new WebhookDelivery(endpointId, eventId, WebhookDelivery.PING, body, now), true);
    }

    private WebhookDelivery deliver(WebhookDelivery delivery, boolean byHand) {
        em.persist(delivery);
        em.flush(); // the id goes into the message
        queue.queue(delivery.getId(), 1, Duration.ZERO, byHand);
        return delivery;
    }

    static String body(String eventId, String type, String object, Instant at, long id, String url,
            Map<String, ?> facts) {
        JsonObjectBuilder data = JsonBuilders.object().add("object", object).add("id", id);
        if (url != null) {
            data.add("url", url);
        }
        facts.forEach((name, value) -> {
            if (value == null) {
                data.addNull(name);
            } else if (value instanceof Long || value instanceof Integer) {
                data.add(name, ((Number) value).longValue());
            } else if (value instanceof BigDecimal amount) {
                data.add(name, amount.toPlainString()); // as the API writes amounts: exact, never a float
            } else if (value instanceof Boolean flag) {
                data.add(name, flag);
            } else {
                data.add(name, value.toString());
            }
        });
        return JsonBuilders.object().add("id", eventId).add("type", type).add("created", at.toString())
                .add("data", data).build().toString();
    }
}
