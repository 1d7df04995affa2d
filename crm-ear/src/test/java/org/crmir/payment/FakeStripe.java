package org.crmir.payment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local Stripe for tests, over real HTTP on 127.0.0.1:12111 ({@code CRMIR_STRIPE_API_URL}), with Stripe's
 * request and response shapes:
 * <ul>
 * <li>{@code POST /v1/checkout/sessions}: Bearer secret key, form-encoded body with Stripe's nested keys,
 * {@code Idempotency-Key} semantics (same key and parameters: the saved response again, with
 * {@code Idempotent-Replayed: true}; same key, other parameters: 400 {@code idempotency_error}); answers a
 * {@code checkout.session} (cs_test_..., url, payment_intent pi_..., amount_total, currency, metadata, status,
 * payment_status).</li>
 * <li>{@code GET /c/pay/{session}}: the hosted payment page, an HTML form with a card number (Stripe's test card
 * 4000 0000 0000 0002 is declined) and a Pay button; {@code POST /c/pay/{session}} pays: the events
 * {@code payment_intent.succeeded} and {@code checkout.session.completed} are delivered, signed as Stripe signs
 * them ({@code Stripe-Signature: t=...,v1=HMAC-SHA256("t.body")} with the webhook secret), to
 * {@code CRMIR_PUBLIC_URL/api/webhooks/stripe}, then the payer is redirected (303) to the success_url. A decline
 * delivers {@code payment_intent.payment_failed} and shows Stripe's message on the page.</li>
 * <li>{@code POST /v1/refunds} ({@code payment_intent}, {@code amount}): refunds part of a paid intent's charge and
 * delivers {@code charge.refunded} with the charge's running {@code amount_refunded}.</li>
 * </ul>
 * Test controls: {@link #refuseSessions}, {@link #redeliver}, {@link #deliverCopy}, and the recorded requests.
 */
public final class FakeStripe {

    public static final int PORT = 12111;
    public static final String SECRET_KEY = env("CRMIR_STRIPE_SECRET_KEY", "sk_test_crmir_only");
    public static final String WEBHOOK_SECRET = env("CRMIR_STRIPE_WEBHOOK_SECRET", "whsec_crmir_test_only");
    public static final String DECLINED_CARD = "4000000000000002";

    /** One POST /v1/checkout/sessions as it arrived. */
    public record CreateRequest(String idempotencyKey, Map<String, String> form, int status, boolean replayed) {
    }

    /** One webhook delivery and the application's answer. */
    public record Delivery(String eventId, String type, int status) {
    }

    /** A Checkout Session with its payment intent and (once paid) its charge. */
    public static final class Session {
        public final String id;
        public final String paymentIntent;
        public final String chargeId;
        public final long amount;
        public final String currency;
        public final String name;
        public final String successUrl;
        public final String cancelUrl;
        public final String clientReferenceId;
        public final Map<String, String> metadata;
        public final Map<String, String> intentMetadata;
        public volatile String status = "open";
        public volatile String paymentStatus = "unpaid";
        public volatile long amountRefunded;
        final List<String> refunds = new ArrayList<>();

        Session(String id, Map<String, String> form) {
            this.id = id;
            this.paymentIntent = "pi_" + random(24);
            this.chargeId = "ch_" + random(24);
            this.amount = Long.parseLong(form.get("line_items[0][price_data][unit_amount]"))
                    * Long.parseLong(form.get("line_items[0][quantity]"));
            this.currency = form.get("line_items[0][price_data][currency]");
            this.name = form.get("line_items[0][price_data][product_data][name]");
            this.successUrl = form.get("success_url");
            this.cancelUrl = form.get("cancel_url");
            this.clientReferenceId = form.get("client_reference_id");
            this.metadata = nested(form, "metadata");
            this.intentMetadata = nested(form, "payment_intent_data[metadata]");
        }
    }

    private record Saved(Map<String, String> form, int status, String body) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Saved> idempotent = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Map<String, String> events = new LinkedHashMap<>();
    private final List<CreateRequest> createRequests = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private HttpServer server;
    private ExecutorService executor;
    private String refusal;

    public synchronized FakeStripe start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 50);
            executor = Executors.newFixedThreadPool(8);
            server.setExecutor(executor);
            server.createContext("/v1/checkout/sessions", this::checkoutSessions);
            server.createContext("/v1/refunds", this::refunds);
            server.createContext("/c/pay/", this::hostedPage);
            server.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** From now on, session creation is refused with Stripe's invalid_request_error and this message. */
    public synchronized void refuseSessions(String message) {
        this.refusal = message;
    }

    public synchronized List<CreateRequest> createRequests() {
        return List.copyOf(createRequests);
    }

    public synchronized List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    public synchronized Session session(String id) {
        return sessions.get(id);
    }

    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The event id of the last delivered event of a type. */
    public synchronized String lastEventOf(String type) {
        String found = null;
        for (Delivery delivery : deliveries) {
            if (delivery.type().equals(type)) {
                found = delivery.eventId();
            }
        }
        return found;
    }

    /** Sends an event again, as Stripe does when it did not see a 2xx (same id, same body, a fresh signature). */
    public int redeliver(String eventId) {
        String body;
        synchronized (this) {
            body = events.get(eventId);
        }
        return deliver(eventId, "redelivery", body);
    }

    /** Sends an event's body again under a new event id: another event carrying the same object state. */
    public int deliverCopy(String eventId) {
        String body;
        synchronized (this) {
            body = events.get(eventId);
        }
        String copyId = "evt_" + random(24);
        return deliver(copyId, "copy", body.replace("\"id\":\"" + eventId + "\"", "\"id\":\"" + copyId + "\""));
    }

    // ---- POST /v1/checkout/sessions ----

    private void checkoutSessions(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "invalid_request_error", "Use POST to create a Checkout Session.", null);
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            int status;
            String body;
            boolean replayed = false;
            synchronized (this) {
                Saved saved = key == null ? null : idempotent.get(key);
                if (saved != null && !saved.form().equals(form)) {
                    status = 400;
                    body = errorBody("idempotency_error", "Keys for idempotent requests can only be used with the"
                            + " same parameters they were first used with. Try using a key other than '" + key
                            + "' if you meant to execute a different request.", null);
                } else if (saved != null) {
                    status = saved.status();
                    body = saved.body();
                    replayed = true;
                } else {
                    String missing = missing(form, "mode", "line_items[0][price_data][currency]",
                            "line_items[0][price_data][unit_amount]", "line_items[0][price_data][product_data][name]",
                            "line_items[0][quantity]", "success_url");
                    if (missing != null) {
                        // Stripe saves no idempotent result for a request that failed validation
                        status = 400;
                        body = errorBody("invalid_request_error", "Missing required param: " + missing + ".",
                                missing);
                    } else if (refusal != null) {
                        status = 400;
                        body = errorBody("invalid_request_error", refusal, "line_items[0][price_data][unit_amount]");
                    } else {
                        Session session = new Session("cs_test_" + random(40), form);
                        sessions.put(session.id, session);
                        status = 200;
                        body = sessionJson(session);
                        if (key != null) {
                            idempotent.put(key, new Saved(form, status, body));
                        }
                    }
                }
                createRequests.add(new CreateRequest(key, form, status, replayed));
            }
            if (replayed) {
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
            }
            respond(exchange, status, "application/json", body);
        }
    }

    // ---- POST /v1/refunds ----

    private void refunds(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            Session paid;
            String refundId = "re_" + random(24);
            long amount;
            synchronized (this) {
                paid = sessions.values().stream().filter(s -> s.paymentIntent.equals(form.get("payment_intent")))
                        .findFirst().orElse(null);
                if (paid == null || !"paid".equals(paid.paymentStatus)) {
                    error(exchange, 400, "invalid_request_error", "No such payment_intent: '"
                            + form.get("payment_intent") + "'", "payment_intent");
                    return;
                }
                amount = form.containsKey("amount") ? Long.parseLong(form.get("amount"))
                        : paid.amount - paid.amountRefunded;
                if (amount <= 0 || paid.amountRefunded + amount > paid.amount) {
                    error(exchange, 400, "invalid_request_error", "Refund amount (" + amount + ") is greater than"
                            + " unrefunded amount on charge (" + (paid.amount - paid.amountRefunded) + ")", "amount");
                    return;
                }
                paid.amountRefunded += amount;
                paid.refunds.add(refundId + ":" + amount);
            }
            String refund = "{\"id\":\"" + refundId + "\",\"object\":\"refund\",\"amount\":" + amount
                    + ",\"charge\":\"" + paid.chargeId + "\",\"currency\":\"" + paid.currency
                    + "\",\"payment_intent\":\"" + paid.paymentIntent + "\",\"status\":\"succeeded\"}";
            String charge;
            synchronized (this) {
                charge = chargeJson(paid);
            }
            // delivered before the answer, so a test that got the answer finds the event among the deliveries
            emit("charge.refunded", charge);
            respond(exchange, 200, "application/json", refund);
        }
    }

    // ---- the hosted payment page ----

    private void hostedPage(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/c/pay/".length());
            Session session = session(id);
            if (session == null) {
                respond(exchange, 404, "text/html; charset=utf-8", "<h1>Something went wrong</h1>");
                return;
            }
            if ("GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 200, "text/html; charset=utf-8", page(session, null));
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String outcome = pay(session, form.getOrDefault("card", "4242424242424242").replace(" ", ""));
            if (outcome != null) {
                respond(exchange, 402, "text/html; charset=utf-8", page(session, outcome));
                return;
            }
            exchange.getResponseHeaders().add("Location", session.successUrl);
            exchange.sendResponseHeaders(303, -1);
        }
    }

    /** Pays a session with a card number; null when paid, else Stripe's decline message (and the event sent). */
    private String pay(Session session, String card) {
        synchronized (this) {
            if (!"open".equals(session.status)) {
                return "This Checkout Session is no longer active.";
            }
        }
        if (DECLINED_CARD.equals(card)) {
            emit("payment_intent.payment_failed", intentJson(session, "requires_payment_method",
                    "{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":\"generic_decline\","
                            + "\"message\":\"Your card was declined.\"}"));
            return "Your card was declined.";
        }
        synchronized (this) {
            session.status = "complete";
            session.paymentStatus = "paid";
        }
        emit("payment_intent.succeeded", intentJson(session, "succeeded", null));
        emit("checkout.session.completed", sessionJson(session));
        return null;
    }

    private static String page(Session session, String error) {
        String amount = String.format("%d.%02d %s", session.amount / 100, session.amount % 100,
                session.currency.toUpperCase());
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pay " + html(session.name)
                + "</title></head><body><h1 id=\"product\">" + html(session.name) + "</h1>"
                + "<p id=\"amount\">" + amount + "</p>"
                + (error == null ? "" : "<p id=\"error\" role=\"alert\">" + html(error) + "</p>")
                + "<form method=\"post\" action=\"/c/pay/" + session.id + "\">"
                + "<label for=\"card\">Card number</label> <input id=\"card\" name=\"card\" value=\"4242 4242 4242 4242\">"
                + " <button id=\"submit\" type=\"submit\">Pay " + amount + "</button></form>"
                + "<p><a id=\"back\" href=\"" + html(session.cancelUrl) + "\">Back</a></p></body></html>";
    }

    // ---- objects as Stripe shapes them ----

    private static String sessionJson(Session s) {
        boolean open = "open".equals(s.status);
        return "{\"id\":\"" + s.id + "\",\"object\":\"checkout.session\",\"amount_subtotal\":" + s.amount
                + ",\"amount_total\":" + s.amount + ",\"cancel_url\":" + str(s.cancelUrl)
                + ",\"client_reference_id\":" + str(s.clientReferenceId) + ",\"currency\":\"" + s.currency
                + "\",\"customer\":null,\"livemode\":false,\"metadata\":" + object(s.metadata)
                + ",\"mode\":\"payment\",\"payment_intent\":\"" + s.paymentIntent + "\",\"payment_status\":\""
                + s.paymentStatus + "\",\"status\":\"" + s.status + "\",\"success_url\":" + str(s.successUrl)
                + ",\"url\":" + (open ? str("http://127.0.0.1:" + PORT + "/c/pay/" + s.id) : "null") + "}";
    }

    private static String intentJson(Session s, String status, String lastError) {
        boolean succeeded = "succeeded".equals(status);
        return "{\"id\":\"" + s.paymentIntent + "\",\"object\":\"payment_intent\",\"amount\":" + s.amount
                + ",\"amount_received\":" + (succeeded ? s.amount : 0) + ",\"currency\":\"" + s.currency
                + "\",\"last_payment_error\":" + (lastError == null ? "null" : lastError)
                + ",\"latest_charge\":" + (succeeded ? "\"" + s.chargeId + "\"" : "null")
                + ",\"livemode\":false,\"metadata\":" + object(s.intentMetadata) + ",\"status\":\"" + status + "\"}";
    }

    private static String chargeJson(Session s) {
        StringBuilder refunds = new StringBuilder();
        for (String refund : s.refunds) {
            String[] idAndAmount = refund.split(":");
            refunds.append(refunds.length() == 0 ? "" : ",").append("{\"id\":\"").append(idAndAmount[0])
                    .append("\",\"object\":\"refund\",\"amount\":").append(idAndAmount[1]).append(",\"charge\":\"")
                    .append(s.chargeId).append("\",\"currency\":\"").append(s.currency)
                    .append("\",\"payment_intent\":\"").append(s.paymentIntent).append("\",\"status\":\"succeeded\"}");
        }
        return "{\"id\":\"" + s.chargeId + "\",\"object\":\"charge\",\"amount\":" + s.amount + ",\"amount_captured\":"
                + s.amount + ",\"amount_refunded\":" + s.amountRefunded + ",\"captured\":true,\"currency\":\""
                + s.currency + "\",\"livemode\":false,\"metadata\":" + object(s.intentMetadata)
                + ",\"paid\":true,\"payment_intent\":\"" + s.paymentIntent + "\",\"refunded\":"
                + (s.amountRefunded == s.amount) + ",\"refunds\":{\"object\":\"list\",\"data\":[" + refunds
                + "],\"has_more\":false,\"total_count\":" + s.refunds.size() + ",\"url\":\"/v1/charges/" + s.chargeId
                + "/refunds\"},\"status\":\"succeeded\"}";
    }

    // ---- webhooks ----

    private void emit(String type, String object) {
        String id = "evt_" + random(24);
        String body = "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2024-06-20\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"data\":{\"object\":" + object + "},\"livemode\":false,"
                + "\"pending_webhooks\":1,\"request\":{\"id\":null,\"idempotency_key\":null},\"type\":\"" + type
                + "\"}";
        synchronized (this) {
            events.put(id, body);
        }
        deliver(id, type, body);
    }

    /** POSTs a signed event to the application; retried a few times when it does not answer 2xx, as Stripe does. */
    private int deliver(String id, String type, String body) {
        String target = env("CRMIR_PUBLIC_URL", "http://127.0.0.1:8180/crmir") + "/api/webhooks/stripe";
        int status = 0;
        for (int attempt = 1; attempt <= 3 && status / 100 != 2; attempt++) {
            long t = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header("Stripe-Signature", "t=" + t + ",v1=" + hmac(t + "." + body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (this) {
            deliveries.add(new Delivery(id, type, status));
        }
        return status;
    }

    private static String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- HTTP and encoding helpers ----

    private boolean authorised(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (("Bearer " + SECRET_KEY).equals(authorization)) {
            return true;
        }
        error(exchange, 401, "invalid_request_error", authorization == null
                ? "You did not provide an API key. You need to provide your API key in the Authorization header,"
                        + " using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
                : "Invalid API Key provided: " + authorization.replaceFirst("^Bearer ", "").replaceAll(".(?=.{4})",
                        "*"), null);
        return false;
    }

    private static void error(HttpExchange exchange, int status, String type, String message, String param)
            throws IOException {
        respond(exchange, status, "application/json", errorBody(type, message, param));
    }

    private static String errorBody(String type, String message, String param) {
        return "{\"error\":{\"type\":\"" + type + "\",\"message\":" + str(message)
                + (param == null ? "" : ",\"param\":" + str(param)) + "}}";
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("Request-Id", "req_" + random(14));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A form body, keys and values decoded, in order. */
    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    /** {@code prefix[key]} entries of a form as a map. */
    static Map<String, String> nested(Map<String, String> form, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(prefix + "[") && key.endsWith("]") && key.indexOf('[', prefix.length() + 1) < 0) {
                values.put(key.substring(prefix.length() + 1, key.length() - 1), value);
            }
        });
        return values;
    }

    private static String missing(Map<String, String> form, String... required) {
        for (String key : required) {
            if (form.get(key) == null || form.get(key).isBlank()) {
                return key;
            }
        }
        return null;
    }

    private static String object(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() == 1 ? "" : ",").append(str(k)).append(':')
                .append(str(v)));
        return json.append('}').toString();
    }

    private static String str(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
