package org.crmir.client;

/**
 * What the client list is narrowed to. {@code text} matches the start of a client's name, email or phone;
 * {@code status} null means active and archived alike; blank fields are ignored.
 */
public record ClientFilter(String text, ClientStatus status, String segment, String tag, String ownerUsername) {

    public static ClientFilter active() {
        return new ClientFilter(null, ClientStatus.ACTIVE, null, null, null);
    }

    public static ClientFilter matching(String text) {
        return new ClientFilter(text, null, null, null, null);
    }
}
