package org.crmir.payment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Stripe's HTTP API as CRMir uses it: form-encoded POSTs with the secret key as a Bearer token and an
 * Idempotency-Key, JSON answers, errors as {@code {"error":{"type","message"}}}. Plain HTTP with timeouts, so a
 * slow gateway costs the payer seconds, never a hung thread.
 */
final class StripeApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    /** A Checkout Session as Stripe returns it: its id and the hosted page the payer is sent to. */
    record Session(String id, String url) {
    }

    /** Stripe answered and refused; the same request would be refused again (Stripe saved the result). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Stripe did not answer: the request may or may not have arrived, and is safe to send again with its key. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final StripeSettings settings;

    StripeApi(StripeSettings settings) {
        this.settings = settings;
    }

    Session createCheckoutSession(String idempotencyKey, Map<String, String> parameters)
            throws Refused, Unreachable {
        JsonObject session = post("/v1/checkout/sessions", idempotencyKey, parameters);
        String id = session.getString("id", null);
        String url = session.getString("url", null);
        if (id == null || url == null) {
            throw new Refused("Stripe's answer has no session id or url");
        }
        return new Session(id, url);
    }

    private JsonObject post(String path, String idempotencyKey, Map<String, String> parameters)
            throws Refused, Unreachable {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.secretKey())
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(parameters)))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable("Stripe could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("Interrupted while waiting for Stripe", e);
        }
        JsonObject body = parse(response.body());
        if (response.statusCode() / 100 == 2 && body != null) {
            return body;
        }
        JsonObject error = body == null ? null : body.getJsonObject("error");
        String message = error == null ? null : error.getString("message", null);
        throw new Refused(message != null ? message : "Stripe answered HTTP " + response.statusCode());
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** {@code application/x-www-form-urlencoded}, Stripe's nested keys ({@code a[b][0]}) written as they are. */
    static String formEncoded(Map<String, String> parameters) {
        StringJoiner form = new StringJoiner("&");
        parameters.forEach((key, value) -> form.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }
}
