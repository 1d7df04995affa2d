package org.crmir.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.crmir.identity.UserAccounts;
import org.crmir.notification.NotificationService;

/**
 * The sender's bookkeeping, each step in a transaction of its own so that the HTTP call holds no lock: which
 * attempt is due, and what came of it (the attempt's log row, the next try, the endpoint's health).
 */
@Stateless
@PermitAll
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());
    static final String PAGE = "/admin/webhooks.xhtml";

    /** What one attempt sends. */
    public record Outgoing(long deliveryId, String url, String secret, String eventId, String eventType,
            String payload) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookQueue queue;

    @Inject
    UserAccounts accounts;

    @Inject
    NotificationService notifications;

    /** Attempt {@code attempt} of delivery {@code id}, unless it was made already or the delivery is settled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outgoing> due(long id, int attempt) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.awaits(attempt)) {
            return Optional.empty(); // a repeated or overtaken message: nothing to send twice
        }
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
        if (endpoint == null || !endpoint.isEnabled() && !delivery.isPing()) {
            delivery.skipped();
            return Optional.empty();
        }
        return Optional.of(new Outgoing(id, endpoint.getUrl(), endpoint.getSecret(), delivery.getEventId(),
                delivery.getEventType(), delivery.getPayload()));
    }

    /**
     * What attempt {@code attempt} got: logged, and then delivered, tried again after the schedule's wait, or given
     * up. An endpoint that has failed for longer than the settings allow is switched off and the administrators told.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempted(long id, int attempt, Instant at, long durationMs, Integer status, String excerpt,
            boolean byHand) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.awaits(attempt)) {
            return;
        }
        WebhookAttempt logged = new WebhookAttempt(id, attempt, at, durationMs, status, excerpt, byHand);
        em.persist(logged);
        WebhookSettings settings = WebhookSettings.current();
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (logged.succeeded()) {
            delivery.attempted(status, true, at, null);
            endpoint.succeeded();
            return;
        }
        Optional<Duration> wait = byHand || delivery.isPing() ? Optional.empty()
                : settings.schedule().waitAfter(attempt);
        delivery.attempted(status, false, at, wait.map(at::plus).orElse(null));
        wait.ifPresent(w -> queue.queue(id, attempt + 1, w, false));
        if (endpoint.failed(at, settings.disableAfter())) {
            LOG.warning("Webhook endpoint " + endpoint.getId() + " (" + endpoint.getUrl() + ") switched off: every"
                    + " delivery failed since " + endpoint.getFailingSince());
            for (String admin : accounts.activeAdministrators()) {
                notifications.notify(admin, "The webhook endpoint " + endpoint.getUrl() + " was switched off: every"
                        + " delivery to it failed since " + endpoint.getFailingSince() + ".", PAGE);
            }
        }
    }
}
