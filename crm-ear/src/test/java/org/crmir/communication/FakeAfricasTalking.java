package org.crmir.communication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Africa's Talking's SMS API as CRMir meets it, on loopback (127.0.0.1:12113, {@code CRMIR_SMS_API_URL} in the
 * tests): {@code POST /version1/messaging}, form-encoded, authenticated by the {@code apiKey} header and the
 * {@code username} field, answered 201 with {@code SMSMessageData.Recipients} (statusCode 101 "Success" and an
 * "ATXid_" message id; 403 "InvalidPhoneNumber" for a number in no country, +999…); 401 for a wrong key. The
 * network is played by the test: {@link #report} posts the delivery report form Africa's Talking posts.
 */
public final class FakeAfricasTalking implements AutoCloseable {

    public static final int PORT = 12113;
    public static final String USERNAME = env("CRMIR_SMS_USERNAME", "sandbox");
    public static final String API_KEY = env("CRMIR_SMS_API_KEY", "crmir-test-sms-key");
    public static final String CALLBACK_SECRET = env("CRMIR_SMS_CALLBACK_SECRET", "crmir-test-sms-secret");

    /** One message as the fake took it. */
    public record Sent(String messageId, String to, String message, String from) {
    }

    private final HttpServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger faultsToAnswer = new AtomicInteger();

    public FakeAfricasTalking() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/version1/messaging", this::messaging);
        server.start();
    }

    /** The next {@code n} sends are answered 500, as a gateway fault. */
    public void failNext(int n) {
        faultsToAnswer.set(n);
    }

    public List<Sent> sentTo(String to) {
        return sent.stream().filter(s -> s.to().equals(to)).toList();
    }

    /** Posts a delivery report to CRMir as the gateway does; returns CRMir's status code. */
    public static int report(String crmirBase, String secret, String messageId, String status, String reason)
            throws Exception {
        StringBuilder form = new StringBuilder("id=" + enc(messageId) + "&status=" + enc(status)
                + "&phoneNumber=%2B254700000000&networkCode=63902&retryCount=0");
        if (reason != null) {
            form.append("&failureReason=").append(enc(reason));
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(crmirBase
                        + "/api/webhooks/sms/" + secret)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void messaging(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "Method not allowed");
            return;
        }
        if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("apiKey"))
                || !USERNAME.equals(form.get("username"))) {
            answer(exchange, 401, "The supplied authentication is invalid");
            return;
        }
        if (faultsToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(exchange, 500, "Internal Server Error");
            return;
        }
        String to = form.getOrDefault("to", "");
        String recipient;
        String message = form.get("message");
        if (to.matches("\\+[0-9]{8,15}") && !to.startsWith("+999") && message != null && !message.isBlank()) {
            String id = "ATXid_" + UUID.randomUUID().toString().replace("-", "");
            sent.add(new Sent(id, to, form.get("message"), form.get("from")));
            recipient = "{\"statusCode\":101,\"number\":\"" + to + "\",\"status\":\"Success\",\"cost\":\"KES 0.8000\","
                    + "\"messageId\":\"" + id + "\"}";
        } else {
            recipient = "{\"statusCode\":403,\"number\":\"" + to.replace("\"", "") + "\",\"status\":"
                    + "\"InvalidPhoneNumber\",\"cost\":\"0\",\"messageId\":\"None\"}";
        }
        answer(exchange, 201, "{\"SMSMessageData\":{\"Message\":\"Sent to 1/1 Total Cost: KES 0.8000\","
                + "\"Recipients\":[" + recipient + "]}}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
