package org.crmir.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver of CRMir's webhooks on loopback, as another system would run one: it answers each delivery with the
 * next status it was told to (then 200) and keeps what arrived.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as it arrived. */
    public record Received(Instant at, String signature, String eventId, String eventType, String body) {

        /** What docs/WEBHOOKS.md tells a receiver to do, written apart from CRMir's signer. */
        public boolean signedWith(String secret) throws Exception {
            String t = null;
            String v1 = null;
            for (String part : signature.split(",")) {
                if (part.startsWith("t=")) {
                    t = part.substring(2);
                } else if (part.startsWith("v1=")) {
                    v1 = part.substring(3);
                }
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return expected.equals(v1) && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) < 300;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/crmir", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/crmir";
    }

    /** The next deliveries are answered with {@code statuses}, in turn; after them, 200. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Instant.now(), exchange.getRequestHeaders().getFirst("CRMir-Signature"),
                    exchange.getRequestHeaders().getFirst("CRMir-Event-Id"),
                    exchange.getRequestHeaders().getFirst("CRMir-Event-Type"), body));
        }
        Integer status = answers.poll();
        byte[] reply = (status == null || status == 200 ? "ok" : "receiver says no: " + status)
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status == null ? 200 : status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    /** The deliveries that match, once there are {@code count} of them, within {@code limit}. */
    public List<Received> await(Predicate<Received> match, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<Received> matching = new ArrayList<>(received.stream().filter(match).toList());
            if (matching.size() >= count || System.nanoTime() > deadline) {
                return matching;
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
