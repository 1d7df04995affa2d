package org.crmir.identity;

/** A new API token: {@code secret} is shown to its user this once and stored nowhere. */
public record IssuedToken(long id, String name, String secret) {
}
