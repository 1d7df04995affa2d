package org.crmir.shared;

import jakarta.enterprise.context.RequestScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of the current request's body, set by the API as it reads the body; null where there is none (a
 * screen, a timer). An idempotency key remembers it, so that reusing a key for a different request is refused
 * instead of silently replaying the first result.
 */
@RequestScoped
public class RequestFingerprint {

    private String sha256;

    public void remember(byte[] body) {
        try {
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String value() {
        return sha256;
    }
}
