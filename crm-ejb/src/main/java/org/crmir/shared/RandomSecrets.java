package org.crmir.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one maker of random secrets: API tokens, public link tokens, account link tokens, generated passwords. In
 * {@code shared} so that features that hand out links (documents) and those that check who is who (identity)
 * both use it without depending on each other.
 */
public final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** {@code bytes} random bytes, URL-safe Base64 without padding. */
    public static String urlSafe(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
