package org.crmir.document;

import java.io.Serializable;

/**
 * Who a client's documents go to: its billing contact (the primary contact with an email address first, else the
 * first contact with one), else the client itself. {@code contactId} is null when the client's own address is used.
 */
public record Recipient(long clientId, String clientName, Long contactId, String name, String email)
        implements Serializable {
}
