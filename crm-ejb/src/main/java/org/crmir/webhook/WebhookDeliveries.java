package org.crmir.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    /** How long a sender holds an attempt: longer than connecting (5 s) and waiting for the answer (10 s). */
    static final Duration CLAIM = Duration.ofSeconds(30);
    /** How late a due attempt may be before it is queued again: its message is gone. */
    static final Duration OVERDUE = Duration.ofMinutes(5);

    /** What one attempt sends. */
    public record Outgoing(long deliveryId, String url, String secret, String eventId, String eventType,
            String payload) implements Serializable {
    }

    @Inject
    EntityManager em;

    @Inject
    WebhookQueue queue;

    @Inject
    UserAccounts accounts;

    @Inject
    NotificationService notifications;

    /**
     * Attempt {@code attempt} of delivery {@code id}, claimed for the sender that asks, unless it was made already,
     * the delivery is settled, or another sender holds it right now (two messages for one attempt: a "Send again"
     * clicked twice, or while a retry was starting). The claim outlasts the longest post.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outgoing> due(long id, int attempt) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (delivery == null || !delivery.awaits(attempt) || !delivery.claim(now, CLAIM)) {
            return Optional.empty(); // a repeated, overtaken or concurrent message: nothing to send twice
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
     * What attempt {@code attempt} got: logged, and then delivered, tried again after the schedule's wait (while
     * that stays within the window counted from the event, by hand or not), or given up. An endpoint that has
     * failed for longer than the settings allow is switched off and the administrators told. The endpoint is
     * locked before the delivery, in the order a deletion of the endpoint takes them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempted(long id, int attempt, Instant at, long durationMs, Integer status, String excerpt,
            boolean byHand) {
        Long endpointId = em.createQuery("SELECT d.endpointId FROM WebhookDelivery d WHERE d.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        WebhookEndpoint endpoint = endpointId == null ? null
                : em.find(WebhookEndpoint.class, endpointId, LockModeType.PESSIMISTIC_WRITE);
        WebhookDelivery delivery = endpoint == null ? null
                : em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.awaits(attempt)) {
            return;
        }
        WebhookAttempt logged = new WebhookAttempt(id, attempt, at, durationMs, status, excerpt, byHand);
        em.persist(logged);
        WebhookSettings settings = WebhookSettings.current();
        if (logged.succeeded()) {
            delivery.attempted(status, true, at, null);
            endpoint.succeeded();
            return;
        }
        Instant windowEnds = delivery.getCreatedAt().plus(settings.schedule().window());
        Optional<Duration> wait = delivery.isPing() ? Optional.empty()
                : settings.schedule().waitAfter(attempt).filter(w -> !at.plus(w).isAfter(windowEnds));
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

    /**
     * Queues again the deliveries whose next attempt is long overdue: their message was lost to the dead-letter
     * queue (the bookkeeping failed on every redelivery) or never left. A message that was only late finds its
     * attempt taken and does nothing. Returns how many were queued.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int requeueOverdue(Instant now) {
        List<WebhookDelivery> overdue = em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.state = :pending"
                        + " AND d.nextAttemptAt < :before AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)"
                        + " ORDER BY d.nextAttemptAt", WebhookDelivery.class)
                .setParameter("pending", DeliveryState.PENDING).setParameter("before", now.minus(OVERDUE))
                .setParameter("now", now).setMaxResults(200).getResultList();
        for (WebhookDelivery delivery : overdue) {
            delivery.resend(now);
            queue.queue(delivery.getId(), delivery.getAttempts() + 1, Duration.ZERO, false);
        }
        return overdue.size();
    }
}
