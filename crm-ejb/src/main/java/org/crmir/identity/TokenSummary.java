package org.crmir.identity;

import java.time.Instant;

/** An API token as its owner's profile lists it: never the secret, only its first characters. */
public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    static TokenSummary of(ApiToken token) {
        return new TokenSummary(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }
}
