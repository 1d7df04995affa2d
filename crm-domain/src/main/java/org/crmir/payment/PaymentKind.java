package org.crmir.payment;

/** Money in from the client, or money back to the client (a negative amount linked to the original). */
public enum PaymentKind {
    PAYMENT, REFUND
}
