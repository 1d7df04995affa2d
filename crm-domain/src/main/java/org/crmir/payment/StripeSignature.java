package org.crmir.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature: the {@code Stripe-Signature} header carries {@code t=<unix seconds>} and one or
 * more {@code v1=<hex HMAC-SHA256 of "t.payload" with the endpoint secret>}. Valid when one v1 matches and t is
 * within the tolerance of now, so a captured request cannot be replayed later.
 */
public final class StripeSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StripeSignature() {
    }

    /** Why the signature is refused, or null when it is valid. */
    public static String problemWith(String header, String payload, String secret, Instant now) {
        if (secret == null || secret.isBlank()) {
            return "no webhook secret is configured";
        }
        if (header == null || header.isBlank()) {
            return "the Stripe-Signature header is missing";
        }
        Long timestamp = null;
        java.util.List<String> signatures = new java.util.ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return "the timestamp is not a number";
                }
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            return "the Stripe-Signature header has no timestamp or no v1 signature";
        }
        Duration age = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
        if (age.compareTo(TOLERANCE) > 0) {
            return "the timestamp is outside the " + TOLERANCE.toMinutes() + "-minute tolerance";
        }
        byte[] expected = sign(timestamp + "." + payload, secret);
        for (String candidate : signatures) {
            try {
                if (MessageDigest.isEqual(expected, HexFormat.of().parseHex(candidate))) {
                    return null;
                }
            } catch (IllegalArgumentException notHex) {
                // try the next one
            }
        }
        return "no signature matches";
    }

    /** The header value Stripe would send for {@code payload} at {@code timestamp}. */
    public static String header(String payload, String secret, long timestamp) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(sign(timestamp + "." + payload, secret));
    }

    private static byte[] sign(String signed, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
