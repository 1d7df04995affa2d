package org.crmir.payment;

/** RECEIVED (stored and queued), PROCESSED (payment recorded, or nothing to record), REJECTED (with why). */
public enum GatewayEventStatus {
    RECEIVED, PROCESSED, REJECTED
}
