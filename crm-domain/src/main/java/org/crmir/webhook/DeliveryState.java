package org.crmir.webhook;

/** Where a delivery stands; its words are in the web module's messages ("Waiting", "Delivered" …). */
public enum DeliveryState {
    PENDING, DELIVERED, GAVE_UP, SKIPPED
}
