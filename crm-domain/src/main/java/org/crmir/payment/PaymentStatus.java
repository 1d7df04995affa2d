package org.crmir.payment;

/** A recorded payment counts; a voided one (entered by mistake) no longer does, and its allocations are undone. */
public enum PaymentStatus {
    RECORDED, VOIDED
}
