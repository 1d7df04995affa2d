package org.crmir.payment;

/** CREATED (stored, not yet accepted by the gateway), PENDING (the gateway has it), SUCCEEDED, FAILED (with why). */
public enum PaymentRequestStatus {
    CREATED, PENDING, SUCCEEDED, FAILED
}
