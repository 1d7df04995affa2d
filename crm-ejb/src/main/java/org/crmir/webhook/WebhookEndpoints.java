package org.crmir.webhook;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.Caller;
import org.crmir.shared.CappedCount;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RandomSecrets;
import org.crmir.shared.RuleViolationException;

/** Administrators' webhook endpoints: register, change, switch on and off, delete, and read and resend deliveries. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class WebhookEndpoints {

    static final String ENTITY = "WebhookEndpoint";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookQueue queue;

    @Inject
    WebhookPublisher publisher;

    @Resource
    SessionContext context;

    public List<WebhookEndpoint> all() {
        return em.createQuery("SELECT e FROM WebhookEndpoint e ORDER BY e.id", WebhookEndpoint.class).getResultList();
    }

    public WebhookEndpoint endpoint(long id) {
        return endpoint(id, LockModeType.NONE);
    }

    /**
     * Locked for a change: the sender writes an endpoint's health after each attempt, and an administrator's change
     * made meanwhile waits for it instead of failing on the version.
     */
    private WebhookEndpoint locked(long id) {
        return endpoint(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private WebhookEndpoint endpoint(long id, LockModeType lock) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id, lock);
        if (endpoint == null) {
            throw new NotFoundException("Webhook endpoint", id);
        }
        return endpoint;
    }

    /** A new endpoint, switched on, with a new signing secret. */
    public WebhookEndpoint register(String url, String description, Set<BusinessEventType> events) {
        WebhookEndpoint endpoint = new WebhookEndpoint(allowed(url), description, events, newSecret(),
                Caller.nameOf(context), Instant.now());
        em.persist(endpoint);
        em.flush();
        audit.record(Caller.nameOf(context), ENTITY, endpoint.getId(), AuditAction.CREATE, Map.of(),
                snapshot(endpoint));
        return endpoint;
    }

    public WebhookEndpoint change(long id, long version, String url, String description,
            Set<BusinessEventType> events) {
        WebhookEndpoint endpoint = current(id, version);
        Map<String, String> before = snapshot(endpoint);
        endpoint.change(allowed(url), description, events);
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.UPDATE, before, snapshot(endpoint));
        return endpoint;
    }

    public WebhookEndpoint switchOn(long id) {
        WebhookEndpoint endpoint = locked(id);
        Map<String, String> before = snapshot(endpoint);
        endpoint.enable();
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.ACTIVATE, before, snapshot(endpoint));
        return endpoint;
    }

    public WebhookEndpoint switchOff(long id) {
        WebhookEndpoint endpoint = locked(id);
        Map<String, String> before = snapshot(endpoint);
        endpoint.disable("Switched off by " + Caller.nameOf(context) + ".");
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.DEACTIVATE, before, snapshot(endpoint));
        return endpoint;
    }

    /** A new signing secret; the old one stops working at once. */
    public WebhookEndpoint rollSecret(long id) {
        WebhookEndpoint endpoint = locked(id);
        endpoint.rollSecret(newSecret());
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.UPDATE, Map.of("secret", "(old)"),
                Map.of("secret", "(new)"));
        return endpoint;
    }

    /** The endpoint and its deliveries' log. */
    public void delete(long id) {
        WebhookEndpoint endpoint = locked(id);
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.DELETE, snapshot(endpoint), Map.of());
        em.remove(endpoint);
    }

    /** Sends a ping now, to prove the URL and the secret. */
    public WebhookDelivery ping(long id) {
        endpoint(id);
        return publisher.ping(id);
    }

    /** The endpoint's deliveries, newest first, paged in the database, counted up to the cap. */
    public Page<WebhookDelivery> deliveries(long endpointId, PageRequest page) {
        List<WebhookDelivery> items = em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.endpointId = :e"
                        + " ORDER BY d.id DESC", WebhookDelivery.class).setParameter("e", endpointId)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = CappedCount.of(em, em.createQuery("SELECT d.id FROM WebhookDelivery d"
                + " WHERE d.endpointId = :e", Long.class).setParameter("e", endpointId));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public List<WebhookAttempt> attempts(long deliveryId) {
        return em.createQuery("SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :d ORDER BY a.number",
                WebhookAttempt.class).setParameter("d", deliveryId).getResultList();
    }

    /** Sends delivery {@code id} once more now, whatever became of it; a retry that was waiting is overtaken. */
    public WebhookDelivery resend(long id) {
        WebhookDelivery found = em.find(WebhookDelivery.class, id);
        if (found == null) {
            throw new NotFoundException("Webhook delivery", id);
        }
        WebhookEndpoint endpoint = locked(found.getEndpointId()); // endpoint, then delivery: the sender's order
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!endpoint.isEnabled()) {
            throw new RuleViolationException("The endpoint is switched off; switch it on to send to it again.");
        }
        delivery.resend(Instant.now());
        queue.queue(id, delivery.getAttempts() + 1, Duration.ZERO, true);
        return delivery;
    }

    private WebhookEndpoint current(long id, long version) {
        WebhookEndpoint endpoint = locked(id);
        if (endpoint.getVersion() != version) {
            throw new ConcurrentChangeException("Webhook endpoint");
        }
        return endpoint;
    }

    private static WebhookTarget allowed(String url) {
        WebhookTarget target = WebhookTarget.parse(url);
        WebhookAddresses.refusal(target, WebhookSettings.current().networks()).ifPresent(why -> {
            throw new InvalidInputException("url", "CRMir will not send webhooks there: " + why + ".");
        });
        return target;
    }

    private static String newSecret() {
        return "whsec_" + RandomSecrets.urlSafe(32);
    }

    private static Map<String, String> snapshot(WebhookEndpoint endpoint) {
        return Map.of("url", endpoint.getUrl(), "description", Objects.toString(endpoint.getDescription(), ""),
                "events", endpoint.getEvents().stream().map(BusinessEventType::wireName).sorted().toList().toString(),
                "enabled", String.valueOf(endpoint.isEnabled()));
    }
}
