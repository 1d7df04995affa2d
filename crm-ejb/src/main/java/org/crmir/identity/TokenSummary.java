package org.crmir.identity;

import java.io.Serializable;
import java.time.Instant;

/** An API token as its owner's profile lists it: never the secret, only its first characters. */
public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }



    public boolean active() {
        return revokedAt == null;
    }

    static TokenSummary of(ApiToken token) {
        return new TokenSummary(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }
}
