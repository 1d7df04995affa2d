package org.crmir.payment;

/** Where a payment's receipt stands: being prepared after the payment committed, ready, or given up on. */
public enum ReceiptStatus {
    PREPARING,
    READY,
    FAILED
}
