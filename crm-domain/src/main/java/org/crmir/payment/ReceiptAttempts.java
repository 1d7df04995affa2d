package org.crmir.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The failed attempts to prepare a payment's receipt, with the last error and the correlation id it was logged
 * under. Written only by atomic SQL increments, in transactions of their own.
 */
@Entity
@Table(name = "payment_receipt_attempts")
public class ReceiptAttempts implements Serializable {

    @Id
    @Column(name = "payment_id")
    private Long paymentId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "correlation_id", length = 16)
    private String correlationId;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected ReceiptAttempts() {
    }

    public Long getPaymentId() { return paymentId; }
    public int getFailures() { return failures; }
    public String getLastError() { return lastError; }
    public String getCorrelationId() { return correlationId; }
    public Instant getLastFailureAt() { return lastFailureAt; }
}
