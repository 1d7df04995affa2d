package org.crmir.payment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crmir.shared.RuleViolationException;

/**
 * How this server reaches Daraja, read from the environment when used: {@code CRMIR_MPESA_API_URL},
 * {@code CRMIR_MPESA_CONSUMER_KEY}, {@code CRMIR_MPESA_CONSUMER_SECRET}, {@code CRMIR_MPESA_SHORTCODE} (the
 * paybill that collects), {@code CRMIR_MPESA_PASSKEY}, {@code CRMIR_MPESA_CALLBACK_SECRET} (the secret path
 * segment of the callback URL) and {@code CRMIR_PUBLIC_URL} (the application as Safaricom reaches it).
 */
public record MpesaSettings(String apiUrl, String consumerKey, String consumerSecret, String shortcode,
        String passkey, String callbackSecret, String publicUrl) implements Serializable {

    public static final String NOT_AVAILABLE = "M-Pesa is not available: this server is not set up for it."
            + " Please pay another way.";

    static final List<String> VARIABLES = List.of("CRMIR_MPESA_API_URL", "CRMIR_MPESA_CONSUMER_KEY",
            "CRMIR_MPESA_CONSUMER_SECRET", "CRMIR_MPESA_SHORTCODE", "CRMIR_MPESA_PASSKEY",
            "CRMIR_MPESA_CALLBACK_SECRET", "CRMIR_PUBLIC_URL");

    public static MpesaSettings fromEnvironment() {
        return from(System::getenv);
    }

    public static MpesaSettings from(UnaryOperator<String> environment) {
        List<String> v = VARIABLES.stream().map(name -> blankToNull(environment.apply(name))).toList();
        return new MpesaSettings(stripSlash(v.get(0)), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                stripSlash(v.get(6)));
    }

    /** The names of the variables that are not set; empty when M-Pesa can be used. */
    public List<String> missing() {
        List<String> values = java.util.Arrays.asList(apiUrl, consumerKey, consumerSecret, shortcode, passkey,
                callbackSecret, publicUrl);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < VARIABLES.size(); i++) {
            if (values.get(i) == null) {
                missing.add(VARIABLES.get(i));
            }
        }
        return missing;
    }

    public boolean isAvailable() {
        return missing().isEmpty();
    }

    /** These settings, or {@link RuleViolationException} saying that M-Pesa is not available. */
    public MpesaSettings require() {
        if (!isAvailable()) {
            java.util.logging.Logger.getLogger(MpesaSettings.class.getName())
                    .warning("M-Pesa refused: not configured, missing " + missing());
            throw new RuleViolationException(NOT_AVAILABLE);
        }
        return this;
    }

    /** Where Safaricom posts the STK callback: the public URL, then the secret path. */
    public String callbackUrl() {
        return publicUrl + "/api/webhooks/mpesa/" + callbackSecret;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String stripSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "MpesaSettings[" + apiUrl + ", shortcode " + shortcode + "]"; // never the secrets
    }
}
