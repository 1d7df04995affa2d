package org.crmir.client;

import java.io.Serializable;
import java.util.Map;

/**
 * What the client list is narrowed to. {@code text} matches the start of a client's name, email or phone, a word
 * (or the start of a word) inside the name, or a contact's name; {@code status} null means active and archived
 * alike; blank fields are ignored. {@code columns} are the list's column filters by column (name, email, phone,
 * segment: starts with; kind, currency, status: equals).
 */
public record ClientFilter(String text, ClientStatus status, String segment, String tag, String ownerUsername,
        Map<String, String> columns) implements Serializable {

    public ClientFilter {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    public ClientFilter(String text, ClientStatus status, String segment, String tag, String ownerUsername) {
        this(text, status, segment, tag, ownerUsername, Map.of());
    }

    public static ClientFilter active() {
        return new ClientFilter(null, ClientStatus.ACTIVE, null, null, null);
    }

    public static ClientFilter matching(String text) {
        return new ClientFilter(text, null, null, null, null);
    }
}
