package org.crmir.communication;

import java.util.Locale;
import java.util.Optional;
import org.crmir.shared.InvalidInputException;

/**
 * What an SMS may be and what a gateway's delivery report means. Numbers are sent in international form (E.164):
 * what people type ("0712 345 678" needs its country, "+254 712-345-678" or "00254712345678" does not) is reduced
 * to a plus and digits, or refused.
 */
public final class SmsRules {

    /** The longest text sent: ten concatenated parts of 160 characters. */
    public static final int MAX_TEXT = 1600;

    private SmsRules() {
    }

    /** {@code typed} as +&lt;country&gt;&lt;number&gt;, or a refusal naming {@code field}. */
    public static String phone(String field, String typed) {
        String plain = typed == null ? "" : typed.strip().replaceAll("[\\s().\\-/]", "");
        if (plain.startsWith("00")) {
            plain = "+" + plain.substring(2);
        }
        if (!plain.matches("\\+[1-9][0-9]{7,14}")) {
            throw new InvalidInputException(field, "must be a phone number in international form, such as"
                    + " +254 712 345 678");
        }
        return plain;
    }

    public static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "has at most " + MAX_TEXT + " characters, not " + text.length());
        }
        return text.strip();
    }

    /**
     * What a delivery report's status makes of a sent message: delivered (on the handset), failed (a final
     * refusal, or the network gave up), or nothing yet (still on its way).
     */
    public static Optional<DeliveryStatus> reported(String status) {
        return switch (status == null ? "" : status.strip().toLowerCase(Locale.ROOT)) {
            case "success", "delivered" -> Optional.of(DeliveryStatus.DELIVERED);
            case "failed", "rejected", "absentsubscriber", "expired", "undelivered" ->
                    Optional.of(DeliveryStatus.FAILED);
            default -> Optional.empty();
        };
    }
}
