package org.crmir.client;

import java.time.Instant;

/** One row of the client list: read in a single query with its owner's name, never entity by entity. */
public record ClientSummary(Long id, ClientKind kind, String name, String email, String phone, String segment,
        String currency, ClientStatus status, String ownerName, Instant updatedAt) {
}
