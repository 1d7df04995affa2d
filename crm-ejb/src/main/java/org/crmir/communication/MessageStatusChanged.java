package org.crmir.communication;

/** An outbound message moved to a new status; screens that show it refresh once the change is committed. */
public record MessageStatusChanged(long interactionId, long clientId, DeliveryStatus status, String author) {
}
