package org.crmir.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.shared.BusinessClock;

/**
 * Takes in a verified gateway event: stores it raw under its unique (gateway, event id) and queues it on
 * {@code crm.payments} in the same transaction. Only when that commits is the gateway answered 2xx, so an
 * acknowledged event is never lost; a second delivery finds the first and queues nothing. Gateways are not
 * signed-in users (their signature was checked before this is called), hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class GatewayIntake {

    static final String KIND = "gateway-event";
    static final String EVENT_PROPERTY = "gatewayEventId";

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    JMSContext jms;

    @Inject
    Figures figures;

    @Resource(lookup = "java:/jms/queue/crm.payments")
    Queue payments;

    /** True when stored and queued now; false when the event was received before (a redelivery). */
    public boolean accept(String gateway, String eventId, String eventType, String payload) {
        Optional<GatewayEvent> known = find(gateway, eventId);
        if (known.isPresent()) {
            countDuplicate(known.get().getId());
            return false;
        }
        GatewayEvent event = new GatewayEvent(gateway, eventId, eventType, payload, clock.now());
        em.persist(event);
        em.flush(); // a concurrent twin fails here on the unique key, before anything is queued
        figures.added(FigureSource.GATEWAY_EVENT, event.getId(), event.getStatus()); // received: counts in none
        jms.createProducer().setProperty("kind", KIND).setProperty(EVENT_PROPERTY, event.getId())
                .send(payments, eventId);
        return true;
    }

    /**
     * Counts a delivery that lost the race to store its event to a concurrent twin (its own transaction rolled
     * back on the unique key); nothing else happens.
     */
    public void countDuplicate(String gateway, String eventId) {
        find(gateway, eventId).ifPresent(event -> countDuplicate(event.getId()));
    }

    /** One more delivery of a known event, for the reconciliation page ("duplicate ×4"). */
    private void countDuplicate(long id) {
        em.createNativeQuery("INSERT INTO gateway_event_attempts (event_id, duplicates, failures, last_duplicate_at)"
                + " VALUES (?1, 1, 0, ?2) ON DUPLICATE KEY UPDATE duplicates = duplicates + 1,"
                + " last_duplicate_at = VALUES(last_duplicate_at)").setParameter(1, id)
                .setParameter(2, java.time.LocalDateTime.ofInstant(clock.now(), java.time.ZoneOffset.UTC)).executeUpdate();
    }

    public Optional<GatewayEvent> find(String gateway, String eventId) {
        return em.createQuery("SELECT e FROM GatewayEvent e WHERE e.gateway = :gateway AND e.eventId = :id",
                GatewayEvent.class).setParameter("gateway", gateway).setParameter("id", eventId)
                .getResultStream().findFirst();
    }
}
