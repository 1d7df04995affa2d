package org.crmir.identity.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A sign-in sent to the provider and not back yet, kept in the browser's session: the {@code state} that must
 * come back with the code (so that no one else's code is planted on this browser), the {@code nonce} the ID token
 * must carry (so that no token is replayed into it) and the PKCE verifier only CRMir knows (so that a stolen code
 * is worth nothing to anyone else). Used once.
 * Public: kept in the HTTP session, which a cluster marshals from another module.
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, Instant startedAt)
        implements Serializable {

    static final String SESSION_KEY = "org.crmir.sso.pending";
    /** Time to type a password and a second factor at the provider; older answers are refused. */
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start() {
        return new PendingSignIn(random(), random(), random(), Instant.now());
    }

    /** The PKCE S256 challenge: the verifier's SHA-256, Base64url without padding (RFC 7636 4.2). */
    String codeChallenge() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether {@code returned} is this sign-in's state (compared in constant time), and it is still fresh. */
    boolean answeredBy(String returned) {
        return returned != null
                && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8))
                && startedAt.plus(LIFETIME).isAfter(Instant.now());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
