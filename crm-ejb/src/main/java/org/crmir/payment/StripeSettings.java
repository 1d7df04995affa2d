package org.crmir.payment;

import java.io.Serializable;
import java.util.Optional;
import org.crmir.document.PublicLinks;

/**
 * Stripe's settings, read from the environment when used: the API base ({@code CRMIR_STRIPE_API_URL}, Stripe's
 * own when not set), the secret key ({@code CRMIR_STRIPE_SECRET_KEY}), the webhook secret
 * ({@code CRMIR_STRIPE_WEBHOOK_SECRET}, without which no payment would ever be confirmed) and CRMir's public URL
 * (where Stripe sends the payer back). Card payment is offered only when all are there.
 */
public record StripeSettings(String apiUrl, String secretKey, String publicUrl) implements Serializable {

    static final String DEFAULT_API_URL = "https://api.stripe.com";

    public static Optional<StripeSettings> fromEnvironment() {
        String key = System.getenv("CRMIR_STRIPE_SECRET_KEY");
        String webhookSecret = System.getenv("CRMIR_STRIPE_WEBHOOK_SECRET");
        Optional<String> publicUrl = PublicLinks.publicUrl();
        if (key == null || key.isBlank() || webhookSecret == null || webhookSecret.isBlank() || publicUrl.isEmpty()) {
            return Optional.empty();
        }
        String api = System.getenv("CRMIR_STRIPE_API_URL");
        api = api == null || api.isBlank() ? DEFAULT_API_URL : api.strip();
        return Optional.of(new StripeSettings(api.endsWith("/") ? api.substring(0, api.length() - 1) : api,
                key.strip(), publicUrl.get()));
    }

    public static boolean configured() {
        return fromEnvironment().isPresent();
    }
}
