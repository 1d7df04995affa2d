package org.crmir.payment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Safaricom's Daraja as CRMir meets it, on loopback (127.0.0.1:12112, {@code CRMIR_MPESA_API_URL} in the tests):
 * the OAuth client-credentials endpoint (HTTP Basic of consumer key and secret), STK Push and the STK query
 * (Bearer token; Password = Base64(shortcode + passkey + timestamp)), with Daraja's request and answer shapes and
 * its error shape {@code {requestId, errorCode, errorMessage}}. The "payer" is played by the test: it accepts or
 * cancels a push, and the fake then posts the real stkCallback JSON to the CallBackURL the push carried. The STK
 * query answers from that state: still being processed, paid (ResultCode 0) or cancelled (1032).
 *
 * <p>Tokens live for an hour, as at Daraja, and are remembered across restarts of the fake (Daraja does not
 * forget a token when a client reconnects).
 */
public final class FakeDaraja {

    public static final int PORT = 12112;
    public static final String KEY = env("CRMIR_MPESA_CONSUMER_KEY", "crmir-test-key");
    public static final String SECRET = env("CRMIR_MPESA_CONSUMER_SECRET", "crmir-test-secret");
    public static final String SHORTCODE = env("CRMIR_MPESA_SHORTCODE", "174379");
    public static final String PASSKEY = env("CRMIR_MPESA_PASSKEY", "crmir-test-passkey");

    private static final Map<String, Instant> TOKENS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One STK Push as the fake received it, and what the payer did with it. */
    public static final class Push {
        public final String merchantRequestId;
        public final String checkoutRequestId;
        public final JsonObject request;
        public final String bearer;
        volatile String state = "PENDING"; // PENDING, PAID, CANCELLED
        volatile String receipt;

        Push(String merchantRequestId, String checkoutRequestId, JsonObject request, String bearer) {
            this.merchantRequestId = merchantRequestId;
            this.checkoutRequestId = checkoutRequestId;
            this.request = request;
            this.bearer = bearer;
        }

        public String phone() { return request.getString("PhoneNumber", String.valueOf(request.get("PhoneNumber"))); }
        public String amount() { return request.get("Amount").toString().replace("\"", ""); }
        public String accountReference() { return request.getString("AccountReference"); }
        public String callBackUrl() { return request.getString("CallBackURL"); }
        public String receipt() { return receipt; }
        public String state() { return state; }
    }

    private final List<Push> pushes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger queryOutages = new AtomicInteger();
    private final HttpClient callbacks = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;
    private ExecutorService threads;

    public synchronized FakeDaraja start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
            threads = Executors.newFixedThreadPool(8);
            server.setExecutor(threads);
            server.createContext("/oauth/v1/generate", this::oauth);
            server.createContext("/mpesa/stkpush/v1/processrequest", this::stkPush);
            server.createContext("/mpesa/stkpushquery/v1/query", this::stkQuery);
            server.createContext("/", exchange -> error(exchange, 404, "404.001.01", "Resource not found"));
            server.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
            server = null;
        }
    }

    public int tokenRequests() { return tokenRequests.get(); }
    public int queries() { return queries.get(); }

    /** The next {@code count} STK queries meet an outage: 503, as Daraja's gateway answers when it is down. */
    public void failNextQueries(int count) {
        queryOutages.set(count);
    }
    public List<Push> pushes() { return new ArrayList<>(pushes); }

    public Push pushTo(String msisdn) {
        return pushes.stream().filter(p -> p.phone().equals(msisdn)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No STK Push to " + msisdn + " reached Daraja"));
    }

    /** The payer enters the PIN: the push is paid, and Daraja posts the success callback. Its HTTP answer. */
    public HttpResponse<String> payerAccepts(Push push) {
        return post(push.callBackUrl(), payerPaysCallbackLater(push));
    }

    /** The payer pays, but the callback is left to the test: the success callback's body, to post as it likes. */
    public String payerPaysCallbackLater(Push push) {
        StringBuilder receipt = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            receipt.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(RANDOM.nextInt(36)));
        }
        push.receipt = receipt.toString();
        push.state = "PAID";
        return successCallback(push, push.amount());
    }

    /** The payer cancels, and the callback is lost on the way: only the STK query knows. */
    public void payerCancelsCallbackLost(Push push) {
        push.state = "CANCELLED";
    }

    /** The payer presses Cancel: ResultCode 1032, "Request cancelled by user", posted to the CallBackURL. */
    public HttpResponse<String> payerCancels(Push push) {
        push.state = "CANCELLED";
        return post(push.callBackUrl(), cancelledCallback(push));
    }

    /** Posts any body to any URL, as Safaricom's callback sender would. */
    public HttpResponse<String> post(String url, String body) {
        try {
            return callbacks.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stkCallback Daraja posts when the payer paid (amount as in the push; a test may claim another). */
    public static String successCallback(Push push, String amount) {
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"" + push.merchantRequestId + "\","
                + "\"CheckoutRequestID\":\"" + push.checkoutRequestId + "\",\"ResultCode\":0,"
                + "\"ResultDesc\":\"The service request is processed successfully.\","
                + "\"CallbackMetadata\":{\"Item\":["
                + "{\"Name\":\"Amount\",\"Value\":" + amount + "},"
                + "{\"Name\":\"MpesaReceiptNumber\",\"Value\":\"" + (push.receipt == null ? "TFORGED001" : push.receipt)
                + "\"},{\"Name\":\"Balance\"},"
                + "{\"Name\":\"TransactionDate\",\"Value\":" + STAMP.format(LocalDateTime.now(DarajaPassword.NAIROBI))
                + "},{\"Name\":\"PhoneNumber\",\"Value\":" + push.phone() + "}]}}}}";
    }

    public static String cancelledCallback(Push push) {
        return "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"" + push.merchantRequestId + "\","
                + "\"CheckoutRequestID\":\"" + push.checkoutRequestId + "\",\"ResultCode\":1032,"
                + "\"ResultDesc\":\"Request cancelled by user\"}}}";
    }

    // --- Daraja's endpoints ---

    private void oauth(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        if (!"GET".equals(exchange.getRequestMethod())) {
            error(exchange, 405, "405.001.01", "Method not allowed");
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !List.of(query.split("&")).contains("grant_type=client_credentials")) {
            error(exchange, 400, "400.008.02", "Invalid grant type passed");
            return;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            error(exchange, 400, "400.008.01", "Invalid Authentication passed");
            return;
        }
        byte[] raw = new byte[20];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        TOKENS.put(token, Instant.now().plusSeconds(3599));
        json(exchange, 200, Json.createObjectBuilder().add("access_token", token).add("expires_in", "3599").build());
    }

    private void stkPush(HttpExchange exchange) throws IOException {
        JsonObject body = authorisedJson(exchange);
        if (body == null) {
            return;
        }
        String problem = passwordProblem(body);
        if (problem == null) {
            problem = !List.of("CustomerPayBillOnline", "CustomerBuyGoodsOnline").contains(text(body, "TransactionType"))
                    ? "Invalid TransactionType"
                    : !wholePositive(text(body, "Amount")) ? "Invalid Amount"
                    : !mobile(text(body, "PartyA")) ? "Invalid PartyA"
                    : !SHORTCODE.equals(text(body, "PartyB")) ? "Invalid PartyB"
                    : !mobile(text(body, "PhoneNumber")) ? "Invalid PhoneNumber"
                    : !url(text(body, "CallBackURL")) ? "Invalid CallBackURL"
                    : blank(text(body, "AccountReference")) || text(body, "AccountReference").length() > 12
                            ? "Invalid AccountReference"
                    : blank(text(body, "TransactionDesc")) ? "Invalid TransactionDesc" : null;
        }
        if (problem != null) {
            if (problem.equals("Wrong credentials")) {
                error(exchange, 500, "500.001.1001", problem);
            } else {
                error(exchange, 400, "400.002.02", "Bad Request - " + problem);
            }
            return;
        }
        String merchant = (10000 + RANDOM.nextInt(89999)) + "-" + (10000000 + RANDOM.nextInt(89999999)) + "-1";
        String checkout = "ws_CO_" + STAMP.format(LocalDateTime.now(DarajaPassword.NAIROBI))
                + (100000000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 899999999L);
        JsonObject normalised = Json.createObjectBuilder(body).add("PhoneNumber", text(body, "PhoneNumber")).build();
        pushes.add(new Push(merchant, checkout, normalised, bearerOf(exchange)));
        json(exchange, 200, Json.createObjectBuilder()
                .add("MerchantRequestID", merchant)
                .add("CheckoutRequestID", checkout)
                .add("ResponseCode", "0")
                .add("ResponseDescription", "Success. Request accepted for processing")
                .add("CustomerMessage", "Success. Request accepted for processing").build());
    }

    private void stkQuery(HttpExchange exchange) throws IOException {
        queries.incrementAndGet();
        if (queryOutages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getRequestBody().readAllBytes();
            error(exchange, 503, "503.001.01", "Service Unavailable");
            return;
        }
        JsonObject body = authorisedJson(exchange);
        if (body == null) {
            return;
        }
        String problem = passwordProblem(body);
        if (problem != null) {
            error(exchange, problem.equals("Wrong credentials") ? 500 : 400,
                    problem.equals("Wrong credentials") ? "500.001.1001" : "400.002.02",
                    problem.equals("Wrong credentials") ? problem : "Bad Request - " + problem);
            return;
        }
        String checkout = text(body, "CheckoutRequestID");
        Push push = pushes.stream().filter(p -> p.checkoutRequestId.equals(checkout)).findFirst().orElse(null);
        if (push == null) {
            error(exchange, 400, "400.002.02", "Bad Request - Invalid CheckoutRequestID");
            return;
        }
        switch (push.state) {
            case "PAID" -> json(exchange, 200, queryAnswer(push, "0", "The service request is processed successfully."));
            case "CANCELLED" -> json(exchange, 200, queryAnswer(push, "1032", "Request cancelled by user"));
            default -> error(exchange, 500, "500.001.1001", "The transaction is being processed");
        }
    }

    private static JsonObject queryAnswer(Push push, String resultCode, String resultDesc) {
        return Json.createObjectBuilder()
                .add("ResponseCode", "0")
                .add("ResponseDescription", "The service request has been accepted successsfully")
                .add("MerchantRequestID", push.merchantRequestId)
                .add("CheckoutRequestID", push.checkoutRequestId)
                .add("ResultCode", resultCode)
                .add("ResultDesc", resultDesc).build();
    }

    /** The JSON body of a POST with a live Bearer token, or null when an error was already answered. */
    private JsonObject authorisedJson(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            error(exchange, 405, "405.001.01", "Method not allowed");
            return null;
        }
        String bearer = bearerOf(exchange);
        Instant expires = bearer == null ? null : TOKENS.get(bearer);
        if (expires == null || Instant.now().isAfter(expires)) {
            error(exchange, 404, "404.001.03", "Invalid Access Token");
            return null;
        }
        try (InputStream in = exchange.getRequestBody();
                JsonReader reader = Json.createReader(new StringReader(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            error(exchange, 400, "400.002.05", "Invalid Request Payload");
            return null;
        }
    }

    private static String bearerOf(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    private static String passwordProblem(JsonObject body) {
        if (!SHORTCODE.equals(text(body, "BusinessShortCode"))) {
            return "Invalid BusinessShortCode";
        }
        String timestamp = text(body, "Timestamp");
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(timestamp, STAMP);
        } catch (RuntimeException e) {
            return "Invalid Timestamp";
        }
        LocalDateTime nairobiNow = LocalDateTime.now(DarajaPassword.NAIROBI);
        if (at.isBefore(nairobiNow.minusMinutes(5)) || at.isAfter(nairobiNow.plusMinutes(5))) {
            return "Invalid Timestamp";
        }
        String expected = Base64.getEncoder().encodeToString((SHORTCODE + PASSKEY + timestamp)
                .getBytes(StandardCharsets.UTF_8));
        return expected.equals(text(body, "Password")) ? null : "Wrong credentials";
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? body.getString(name) : value.toString();
    }

    private static boolean wholePositive(String amount) {
        return amount != null && amount.matches("[1-9]\\d{0,5}");
    }

    private static boolean mobile(String msisdn) {
        return msisdn != null && msisdn.matches("254[71]\\d{8}");
    }

    private static boolean url(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("requestId", Long.toHexString(RANDOM.nextLong() & 0xffffffffL) + "-" + (1000 + RANDOM.nextInt(9000)))
                .add("errorCode", code).add("errorMessage", message);
        json(exchange, status, body.build());
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
