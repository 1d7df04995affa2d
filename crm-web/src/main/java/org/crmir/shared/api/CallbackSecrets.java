package org.crmir.shared.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The secret path segment of a callback URL, for gateways that sign nothing (M-Pesa's Daraja, Africa's Talking):
 * compared in constant time, so that the answer's timing says nothing about how much of a guess was right.
 */
public final class CallbackSecrets {

    private CallbackSecrets() {
    }

    /** Whether {@code given} is the configured secret; never when none is configured. */
    public static boolean matches(String given, String expected) {
        if (expected == null || expected.isBlank() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.strip().getBytes(StandardCharsets.UTF_8));
    }
}
