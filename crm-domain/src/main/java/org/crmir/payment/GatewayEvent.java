package org.crmir.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;

/** One webhook or callback from a gateway, kept raw; processed at most once. */
@Entity
@Table(name = "gateway_events")
public class GatewayEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(name = "event_id", nullable = false, length = 100, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 80, updatable = false)
    private String eventType;

    @Lob
    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GatewayEventStatus status = GatewayEventStatus.RECEIVED;

    @Column(length = 500)
    private String outcome;

    @Column(name = "payment_id")
    private Long paymentId;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Version
    private long version;

    protected GatewayEvent() {
    }

    public GatewayEvent(String gateway, String eventId, String eventType, String payload, Instant now) {
        this.gateway = gateway;
        this.eventId = eventId;
        this.eventType = eventType;
        this.payload = payload;
        this.receivedAt = now;
    }

    public boolean isPending() {
        return status == GatewayEventStatus.RECEIVED;
    }

    public void processed(Long payment, String what, Instant now) {
        checkPending();
        this.status = GatewayEventStatus.PROCESSED;
        this.paymentId = payment;
        this.outcome = clip(what);
        this.processedAt = now;
    }

    public void rejected(String why, Instant now) {
        checkPending();
        this.status = GatewayEventStatus.REJECTED;
        this.outcome = clip(why);
        this.processedAt = now;
    }

    /** The queue gave up on it: every attempt failed. Only a pending event can fail; else nothing changes. */
    public boolean failed(String why, Instant now) {
        if (!isPending()) {
            return false;
        }
        this.status = GatewayEventStatus.FAILED;
        this.outcome = clip(why);
        this.processedAt = now;
        return true;
    }

    /**
     * To be processed again: a FAILED event, or one RECEIVED so long ago ({@code stuckSince}) that its message
     * must be lost. Processing stays once only: whichever message arrives first finds it pending, the rest not.
     */
    public void retry(Instant stuckSince) {
        boolean stuck = status == GatewayEventStatus.RECEIVED && receivedAt.isBefore(stuckSince);
        if (status != GatewayEventStatus.FAILED && !stuck) {
            throw new RuleViolationException("Gateway event " + eventId + " is " + status.name().toLowerCase(
                    java.util.Locale.ROOT) + (status == GatewayEventStatus.RECEIVED ? " and still being processed"
                    : "") + "; only a failed or stuck event can be retried");
        }
        this.status = GatewayEventStatus.RECEIVED;
        this.outcome = null;
        this.processedAt = null;
    }

    private void checkPending() {
        if (!isPending()) {
            throw new RuleViolationException("Gateway event " + eventId + " was already " + status);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    public Long getId() { return id; }
    public String getGateway() { return gateway; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public Instant getReceivedAt() { return receivedAt; }
    public GatewayEventStatus getStatus() { return status; }
    public String getOutcome() { return outcome; }
    public Long getPaymentId() { return paymentId; }
    public Instant getProcessedAt() { return processedAt; }
    public long getVersion() { return version; }
}
