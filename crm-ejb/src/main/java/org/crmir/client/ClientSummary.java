package org.crmir.client;

import java.io.Serializable;
import java.time.Instant;

/** One row of the client list: read in a single query with its owner's name, never entity by entity. */
public record ClientSummary(Long id, ClientKind kind, String name, String email, String phone, String segment,
        String currency, ClientStatus status, String ownerName, Instant updatedAt) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public Long getId() {
        return id;
    }

    public ClientKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getSegment() {
        return segment;
    }

    public String getCurrency() {
        return currency;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
