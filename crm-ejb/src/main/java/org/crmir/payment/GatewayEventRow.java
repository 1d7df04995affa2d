package org.crmir.payment;

import java.io.Serializable;
import java.time.Instant;

/**
 * One gateway event as the reconciliation page lists it: what arrived, its outcome (and why), how many attempts
 * failed, how many duplicates came after it, and the payment and invoices it led to.
 */
public record GatewayEventRow(long id, String gateway, String eventId, String eventType, Instant receivedAt,
        GatewayEventStatus status, String outcome, int failures, String lastError, int duplicates, Long paymentId,
        String invoices, Long invoiceId) implements Serializable {

    /** Failed, or received more than {@code stuckAfter} ago and still not processed: the page offers a retry. */
    public boolean retryable(Instant stuckBefore) {
        return status == GatewayEventStatus.FAILED
                || status == GatewayEventStatus.RECEIVED && receivedAt.isBefore(stuckBefore);
    }

    public long getId() { return id; }
    public String getGateway() { return gateway; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public Instant getReceivedAt() { return receivedAt; }
    public GatewayEventStatus getStatus() { return status; }
    public String getOutcome() { return outcome; }
    public int getFailures() { return failures; }
    public String getLastError() { return lastError; }
    public int getDuplicates() { return duplicates; }
    public Long getPaymentId() { return paymentId; }
    public String getInvoices() { return invoices; }
    public Long getInvoiceId() { return invoiceId; }
}
