package org.crmir.payment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The password of Daraja's STK Push and STK query: Base64 of shortcode, passkey and timestamp written one after
 * the other, where the timestamp is {@code yyyyMMddHHmmss} in Nairobi time (East Africa Time, UTC+3) and travels
 * beside the password in the request.
 */
public final class DarajaPassword {

    public static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(NAIROBI);

    private DarajaPassword() {
    }

    /** {@code yyyyMMddHHmmss} of the instant on a Nairobi clock. */
    public static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    public static String of(String shortcode, String passkey, String timestamp) {
        return Base64.getEncoder().encodeToString((shortcode + passkey + timestamp).getBytes(StandardCharsets.UTF_8));
    }
}
