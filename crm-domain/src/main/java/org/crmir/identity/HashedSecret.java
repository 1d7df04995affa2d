package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What CRMir keeps of a secret it handed out (an API token, an account link's token): its SHA-256, never the
 * secret. The secrets are long random strings, so a fast hash is enough and lets the row be found by it. Held by
 * every {@link UserSecret} (API tokens, account links) in its {@code token_hash} column.
 */
@Embeddable
public class HashedSecret implements Serializable {

    /** Longer presented secrets are not looked up at all: none that CRMir makes comes near it. */
    public static final int MAX_PRESENTED_LENGTH = 200;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false, unique = true)
    private String hash;

    protected HashedSecret() {
    }

    private HashedSecret(String hash) {
        this.hash = hash;
    }

    /** The hash of a secret CRMir has just made. */
    public static HashedSecret of(String secret) {
        return new HashedSecret(sha256Hex(Objects.requireNonNull(secret, "secret")));
    }

    /**
     * The hash a secret presented by somebody (a link followed, a bearer token) would be stored under, to look its
     * row up; empty when it cannot be one of ours (missing, blank or far too long), so that nothing is queried.
     */
    public static Optional<HashedSecret> ofPresented(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > MAX_PRESENTED_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(of(presented.strip()));
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The stored hash, for queries ({@code WHERE x.secret.hash = :hash}). */
    public String hash() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HashedSecret that && Objects.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(hash);
    }

    @Override
    public String toString() {
        return "HashedSecret[" + (hash == null ? "none" : hash.substring(0, 8) + "…") + "]";
    }
}
