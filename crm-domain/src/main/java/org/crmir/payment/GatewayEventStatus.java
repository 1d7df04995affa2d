package org.crmir.payment;

/**
 * RECEIVED (stored and queued), PROCESSED (payment recorded, or nothing to record), REJECTED (can never become a
 * payment, with why), FAILED (every processing attempt failed and the queue gave up, with the last error; a
 * retry makes it RECEIVED again).
 */
public enum GatewayEventStatus {
    RECEIVED, PROCESSED, REJECTED, FAILED
}
