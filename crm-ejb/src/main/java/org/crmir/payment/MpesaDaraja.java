package org.crmir.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;
import org.crmir.shared.Money;

/**
 * Safaricom's Daraja API: the OAuth client-credentials token, STK Push (the payer's phone asks for the M-Pesa
 * PIN) and the STK query (did that push end in a payment). The token lasts about an hour and is reused until a
 * minute before it expires; one caller at a time fetches a new one. Calls time out (5 s to connect, 20 s for an
 * answer) rather than hold a payer or a message forever.
 */
@ApplicationScoped
public class MpesaDaraja {

    private static final Logger LOG = Logger.getLogger(MpesaDaraja.class.getName());
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

    /** Daraja's answer to an accepted STK Push. */
    public record StkPushAccepted(String merchantRequestId, String checkoutRequestId, String customerMessage)
            implements Serializable {
    }

    /** The STK query's answer: {@code ResultCode} 0 is paid; 1032 cancelled by the payer, 1037 no answer... */
    public record StkQueryResult(String resultCode, String resultDesc) implements Serializable {
        public boolean isPaid() {
            return "0".equals(resultCode);
        }
    }

    private record Token(String key, String value, Instant renewAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private volatile Token token;

    /** Asks Daraja to push a payment prompt to the payer's phone; the invoice number is the account reference. */
    public StkPushAccepted push(MpesaSettings settings, MpesaPhone payer, Money amount, String accountReference,
            String description) {
        String timestamp = DarajaPassword.timestamp(Instant.now());
        JsonObject body = Json.createObjectBuilder()
                .add("BusinessShortCode", settings.shortcode())
                .add("Password", DarajaPassword.of(settings.shortcode(), settings.passkey(), timestamp))
                .add("Timestamp", timestamp)
                .add("TransactionType", "CustomerPayBillOnline")
                .add("Amount", Long.parseLong(StkAmount.field(amount)))
                .add("PartyA", payer.msisdn())
                .add("PartyB", settings.shortcode())
                .add("PhoneNumber", payer.msisdn())
                .add("CallBackURL", settings.callbackUrl())
                .add("AccountReference", accountReference)
                .add("TransactionDesc", description)
                .build();
        JsonObject answer = post(settings, "/mpesa/stkpush/v1/processrequest", body, "STK Push");
        if (!"0".equals(text(answer, "ResponseCode"))) {
            throw new DarajaException("M-Pesa did not accept the request: " + describe(answer), true, null);
        }
        String checkout = text(answer, "CheckoutRequestID");
        if (checkout == null || checkout.isBlank() || checkout.length() > 100) {
            throw new DarajaException("M-Pesa answered without a usable CheckoutRequestID", false, null);
        }
        return new StkPushAccepted(text(answer, "MerchantRequestID"), checkout, text(answer, "CustomerMessage"));
    }

    /** What Daraja knows about a push now; a push still being processed is not definite and throws. */
    public StkQueryResult query(MpesaSettings settings, String checkoutRequestId) {
        String timestamp = DarajaPassword.timestamp(Instant.now());
        JsonObject body = Json.createObjectBuilder()
                .add("BusinessShortCode", settings.shortcode())
                .add("Password", DarajaPassword.of(settings.shortcode(), settings.passkey(), timestamp))
                .add("Timestamp", timestamp)
                .add("CheckoutRequestID", checkoutRequestId)
                .build();
        JsonObject answer = post(settings, "/mpesa/stkpushquery/v1/query", body, "STK query");
        String resultCode = text(answer, "ResultCode");
        if (resultCode == null) {
            throw new DarajaException("The STK query answered without a ResultCode: " + describe(answer), false,
                    null);
        }
        return new StkQueryResult(resultCode, text(answer, "ResultDesc"));
    }

    private JsonObject post(MpesaSettings settings, String path, JsonObject body, String what) {
        HttpResponse<String> response = send(settings, path, body, what);
        JsonObject answer = parse(response.body());
        if (tokenRefused(response, answer)) {
            token = null; // revoked or expired early ("Invalid Access Token"): once more, with a fresh token
            response = send(settings, path, body, what);
            answer = parse(response.body());
        }
        if (response.statusCode() / 100 != 2) {
            LOG.warning(what + " refused by Daraja: HTTP " + response.statusCode() + " " + describe(answer));
            throw new DarajaException(what + " refused by M-Pesa: " + describe(answer),
                    response.statusCode() / 100 == 4, null);
        }
        if (answer == null) {
            throw new DarajaException(what + ": M-Pesa's answer is not JSON", false, null);
        }
        return answer;
    }

    private HttpResponse<String> send(MpesaSettings settings, String path, JsonObject body, String what) {
        return send(HttpRequest.newBuilder(URI.create(settings.apiUrl() + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + accessToken(settings))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), what);
    }

    private static boolean tokenRefused(HttpResponse<String> response, JsonObject answer) {
        return response.statusCode() == 401
                || response.statusCode() == 404 && "404.001.03".equals(text(answer, "errorCode"));
    }

    /** A valid access token: the cached one, or a new one from the OAuth endpoint. */
    String accessToken(MpesaSettings settings) {
        String key = settings.apiUrl() + "|" + settings.consumerKey();
        Token current = token;
        if (current != null && current.key().equals(key) && Instant.now().isBefore(current.renewAt())) {
            return current.value();
        }
        synchronized (this) {
            current = token;
            if (current != null && current.key().equals(key) && Instant.now().isBefore(current.renewAt())) {
                return current.value();
            }
            token = fetchToken(settings, key);
            return token.value();
        }
    }

    private Token fetchToken(MpesaSettings settings, String key) {
        String basic = Base64.getEncoder().encodeToString((settings.consumerKey() + ":" + settings.consumerSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.apiUrl()
                        + "/oauth/v1/generate?grant_type=client_credentials"))
                .timeout(ANSWER_TIMEOUT).header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .GET().build(), "OAuth");
        JsonObject answer = parse(response.body());
        String value = answer == null ? null : text(answer, "access_token");
        if (response.statusCode() != 200 || value == null || value.isBlank()) {
            LOG.warning("Daraja OAuth refused: HTTP " + response.statusCode() + " " + describe(answer));
            throw new DarajaException("M-Pesa refused this server's credentials: " + describe(answer),
                    response.statusCode() / 100 == 4, null);
        }
        long seconds;
        try {
            seconds = Long.parseLong(text(answer, "expires_in")); // Daraja sends "3599", a string
        } catch (NumberFormatException | NullPointerException e) {
            seconds = 0; // unknown lifetime: use it for this call only
        }
        Instant renewAt = Instant.now().plusSeconds(seconds).minus(TOKEN_MARGIN);
        return new Token(key, value, renewAt);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warning(what + ": Daraja not reached: " + e);
            throw new DarajaException("M-Pesa could not be reached (" + what + "); please try again shortly",
                    false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DarajaException("Interrupted while waiting for M-Pesa", false, e);
        }
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** A field as text, whether Daraja sent it as a string or a number (it does both). */
    static String text(JsonObject object, String name) {
        if (object == null || !object.containsKey(name) || object.isNull(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        return switch (value.getValueType()) {
            case STRING -> object.getString(name);
            case NUMBER -> object.getJsonNumber(name).bigDecimalValue().toPlainString();
            default -> value.toString();
        };
    }

    private static String describe(JsonObject answer) {
        if (answer == null) {
            return "no readable answer";
        }
        if (answer.containsKey("errorMessage")) {
            return text(answer, "errorMessage") + " (" + text(answer, "errorCode") + ")";
        }
        String description = text(answer, "ResponseDescription");
        return description != null ? description + " (ResponseCode " + text(answer, "ResponseCode") + ")"
                : answer.toString();
    }
}
