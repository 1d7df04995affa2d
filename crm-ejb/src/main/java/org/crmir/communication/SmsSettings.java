package org.crmir.communication;

import java.io.Serializable;
import java.util.function.UnaryOperator;
import org.crmir.shared.RuleViolationException;

/**
 * How this server reaches its SMS gateway (Africa's Talking), read from the environment when used:
 * {@code CRMIR_SMS_API_URL} (such as https://api.africastalking.com, or the sandbox's), {@code CRMIR_SMS_USERNAME},
 * {@code CRMIR_SMS_API_KEY}, {@code CRMIR_SMS_SENDER} (a registered sender id or short code; empty: the account's
 * default) and {@code CRMIR_SMS_CALLBACK_SECRET} (the secret path segment of the delivery report URL).
 */
public record SmsSettings(String apiUrl, String username, String apiKey, String sender, String callbackSecret)
        implements Serializable {

    public static final String NOT_AVAILABLE = "SMS is not set up on this server; ask an administrator.";

    public static SmsSettings fromEnvironment() {
        return from(System::getenv);
    }

    static SmsSettings from(UnaryOperator<String> environment) {
        String url = clean(environment.apply("CRMIR_SMS_API_URL"));
        return new SmsSettings(url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                clean(environment.apply("CRMIR_SMS_USERNAME")), clean(environment.apply("CRMIR_SMS_API_KEY")),
                clean(environment.apply("CRMIR_SMS_SENDER")), clean(environment.apply("CRMIR_SMS_CALLBACK_SECRET")));
    }

    public boolean isAvailable() {
        return apiUrl != null && username != null && apiKey != null && callbackSecret != null;
    }

    public SmsSettings require() {
        if (!isAvailable()) {
            throw new RuleViolationException(NOT_AVAILABLE);
        }
        return this;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "SmsSettings[" + apiUrl + ", " + username + "]"; // never the key
    }
}
