package org.crmir.payment;

/** Money moved on a client's invoices; their pages and the receivables refresh once it is committed. */
public record PaymentRecorded(long paymentId, long clientId) {
}
