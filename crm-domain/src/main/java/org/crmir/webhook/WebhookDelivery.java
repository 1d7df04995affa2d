package org.crmir.webhook;

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

/**
 * One event for one endpoint: the signed body that is sent (the same bytes on every attempt, so a receiver can
 * recognise a repeat by its {@code id}) and where its attempts stand.
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery implements Serializable {

    public static final String PING = "ping";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private long endpointId;

    @Column(name = "event_id", nullable = false, length = 40, updatable = false)
    private String eventId;

    /** The event's name as receivers see it (invoice.issued …), or {@value #PING} for a test sent by hand. */
    @Column(name = "event_type", nullable = false, length = 40, updatable = false)
    private String eventType;

    @Lob
    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryState state = DeliveryState.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** Until when a sender holds the attempt it is making; null between attempts. */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, String eventId, String eventType, String payload, Instant now) {
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** True when attempt {@code attempt} is the one this delivery waits for (a repeated or stale message is not). */
    public boolean awaits(int attempt) {
        return state == DeliveryState.PENDING && attempts + 1 == attempt;
    }

    /** Takes the awaited attempt for {@code hold}; false while another sender holds it. */
    public boolean claim(Instant now, java.time.Duration hold) {
        if (claimedUntil != null && claimedUntil.isAfter(now)) {
            return false;
        }
        claimedUntil = now.plus(hold);
        return true;
    }

    public void attempted(Integer status, boolean succeeded, Instant at, Instant next) {
        claimedUntil = null;
        attempts++;
        lastStatus = status;
        lastAttemptAt = at;
        nextAttemptAt = succeeded ? null : next;
        state = succeeded ? DeliveryState.DELIVERED : next == null ? DeliveryState.GAVE_UP : DeliveryState.PENDING;
    }

    public void skipped() {
        claimedUntil = null;
        state = DeliveryState.SKIPPED;
        nextAttemptAt = null;
    }

    /** Sent again by hand: waits for one more attempt now, whatever happened before. */
    public void resend(Instant now) {
        state = DeliveryState.PENDING;
        nextAttemptAt = now;
    }

    public Long getId() { return id; }
    public long getEndpointId() { return endpointId; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public boolean isPing() { return PING.equals(eventType); }
    public String getPayload() { return payload; }
    public Instant getCreatedAt() { return createdAt; }
    public DeliveryState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Integer getLastStatus() { return lastStatus; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
}
