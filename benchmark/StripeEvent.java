import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A Stripe payment_intent.succeeded event as the benchmarks send it, and its signature as Stripe makes it. */
final class StripeEvent {

    private StripeEvent() {
    }

    /** The event paying {@code cents} of an invoice (euros), with ids made of the given key. */
    static String succeeded(String key, long invoiceId, long cents) {
        return "{\"id\":\"evt_" + key + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"livemode\":false,\"data\":{\"object\":{"
                + "\"id\":\"pi_" + key + "\",\"object\":\"payment_intent\",\"amount\":" + cents
                + ",\"amount_received\":" + cents + ",\"currency\":\"eur\",\"status\":\"succeeded\","
                + "\"metadata\":{\"invoice_id\":\"" + invoiceId + "\"}}}}";
    }

    /** The Stripe-Signature header: HMAC-SHA256 of "timestamp.body" with the endpoint secret, in hex. */
    static String signature(String secret, String body) {
        long t = Instant.now().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
