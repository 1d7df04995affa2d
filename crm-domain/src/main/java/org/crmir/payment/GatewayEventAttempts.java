package org.crmir.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * How a gateway event fared on its way: later deliveries of the same event (duplicates) and failed processing
 * attempts with the last error. Written only by atomic SQL increments; read by the reconciliation page.
 */
@Entity
@Table(name = "gateway_event_attempts")
public class GatewayEventAttempts implements Serializable {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(nullable = false)
    private int duplicates;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "last_duplicate_at")
    private Instant lastDuplicateAt;

    protected GatewayEventAttempts() {
    }

    public Long getEventId() { return eventId; }
    public int getDuplicates() { return duplicates; }
    public int getFailures() { return failures; }
    public String getLastError() { return lastError; }
    public Instant getLastFailureAt() { return lastFailureAt; }
    public Instant getLastDuplicateAt() { return lastDuplicateAt; }
}
