package org.crmir.communication.api;

/** An email to send through the API (attachments are added in the UI, or by other features' services). */
public record EmailRepresentation(String to, String subject, String body, Long contactId) {
}
