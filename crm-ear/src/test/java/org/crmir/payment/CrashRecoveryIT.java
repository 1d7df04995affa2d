package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crmir.support.OutsideDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills WildFly with SIGKILL right after it acknowledged N Stripe webhooks, starts it again, and checks that all
 * N were processed exactly once: one payment per event, every invoice PAID, nothing lost, nothing doubled. An
 * acknowledged event is committed with its queued message before the 200, so neither the crash nor the replay
 * of the interrupted deliveries may change that.
 *
 * <p>Not an Arquillian test: it runs its own server (a copy of the provisioned configuration, port offset 400)
 * with the real crmir.ear, so that it can kill and restart it, on the suite's database.
 */
class CrashRecoveryIT {

    private static final int EVENTS = 60;
    private static final int OFFSET = 400; // the benchmarks use 300, 500 and 600
    private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET) + "/crmir";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final OutsideDatabase DATABASE = OutsideDatabase.named("CRMIR_DB_URL");

    private final Path jbossHome = Path.of(System.getProperty("jboss.home", "../server-config/target/wildfly"));
    private final Path serverBase = Path.of(System.getProperty("crash.server.base", "target/crash-server"));
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private Process server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                kill(server);
            }
        }
    }

    @Test
    void everyAcknowledgedWebhookIsProcessedExactlyOnceAfterTheServerIsKilled() throws Exception {
        prepareServerBase();
        server = start("first");
        String token = apiToken();
        long clientId = createClient(token);
        List<Long> invoices = new ArrayList<>();
        List<BigDecimal> totals = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            long id = id(send("POST", "/api/v1/invoices", token, invoiceJson(clientId, i), 201));
            JsonObject issued = send("POST", "/api/v1/invoices/" + id + "/issue", token, null, 200);
            invoices.add(id);
            totals.add(issued.getJsonNumber("total").bigDecimalValue());
        }

        // N signed deliveries from eight callers; every one must be acknowledged before the kill.
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> acks = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String body = event(i, invoices.get(i), totals.get(i));
            acks.add(callers.submit(() -> deliver(body)));
        }
        for (Future<Integer> ack : acks) {
            assertEquals(200, ack.get(60, TimeUnit.SECONDS));
        }
        callers.shutdown();
        kill(server);
        int processedAtKill = count("SELECT COUNT(*) FROM gateway_events WHERE event_id LIKE ? AND status = 'PROCESSED'",
                "evt_crash_" + run + "_%");
        System.out.printf(Locale.ROOT, "CrashRecoveryIT: %d webhooks acknowledged, %d processed when killed%n",
                EVENTS, processedAtKill);

        server = start("after the kill");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int processed;
        do {
            processed = count("SELECT COUNT(*) FROM gateway_events WHERE event_id LIKE ? AND status = 'PROCESSED'",
                    "evt_crash_" + run + "_%");
            if (processed < EVENTS) {
                Thread.sleep(500);
            }
        } while (processed < EVENTS && System.nanoTime() < deadline);

        assertEquals(EVENTS, count("SELECT COUNT(*) FROM gateway_events WHERE event_id LIKE ?",
                "evt_crash_" + run + "_%"), "every acknowledged event is stored, once");
        assertEquals(EVENTS, processed, "every acknowledged event is processed after the restart");
        assertEquals(EVENTS, count("SELECT COUNT(*) FROM payments WHERE client_id = ?", clientId),
                "one payment per event, none lost, none doubled");
        assertEquals(EVENTS, count("SELECT COUNT(DISTINCT reference) FROM payments WHERE client_id = ?", clientId));
        for (int i = 0; i < EVENTS; i++) {
            JsonObject invoice = send("GET", "/api/v1/invoices/" + invoices.get(i), token, null, 200);
            assertEquals("PAID", invoice.getString("status"), invoice.toString());
            assertEquals(0, BigDecimal.ZERO.compareTo(invoice.getJsonNumber("balance").bigDecimalValue()),
                    invoice.toString());
        }
    }

    // ---------------------------------------------------------------- the server

    private void prepareServerBase() throws IOException {
        if (Files.exists(serverBase)) {
            try (Stream<Path> old = Files.walk(serverBase)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path configuration = jbossHome.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = configuration.relativize(source);
                if (relative.startsWith("standalone_xml_history")) {
                    continue;
                }
                Path target = serverBase.resolve("configuration").resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(serverBase.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("crmir.ear", "target/crmir.ear")),
                serverBase.resolve("deployments/crmir.ear"));
    }

    private Process start(String which) throws Exception {
        Path deployments = serverBase.resolve("deployments");
        Files.deleteIfExists(deployments.resolve("crmir.ear.deployed"));
        Files.deleteIfExists(deployments.resolve("crmir.ear.failed"));
        ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.server.base.dir=" + serverBase.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverBase.resolve("console.log").toFile()));
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (Files.exists(deployments.resolve("crmir.ear.failed")) || !process.isAlive()) {
                throw new AssertionError("CRMir did not deploy (" + which + "); see " + serverBase.resolve("console.log"));
            }
            if (Files.exists(deployments.resolve("crmir.ear.deployed")) && healthy()) {
                return process;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("CRMir was not healthy within 240 s (" + which + ")");
    }

    private static boolean healthy() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL to the JVM and the script that started it: no shutdown hook, no orderly stop. */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle child : process.descendants().toList()) {
            child.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    // ---------------------------------------------------------------- data

    /** A personal API token of the administrator, stored as the application stores one (SHA-256 hex). */
    private String apiToken() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = "crm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, DATABASE.update("INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, created_at)"
                + " SELECT id, ?, ?, ?, UTC_TIMESTAMP(6) FROM users WHERE username = 'admin'",
                "crash test " + run, token.substring(0, 12), hash), "the administrator exists");
        return token;
    }

    private long createClient(String token) throws Exception {
        String json = Json.createObjectBuilder().add("kind", "COMPANY").add("name", "Crash Test " + run)
                .add("email", "billing@crash-" + run + ".example").add("currency", "EUR").add("paymentTermsDays", 14)
                .add("billingAddress", Json.createObjectBuilder().add("city", "Berlin").add("country", "DE"))
                .build().toString();
        return id(send("POST", "/api/v1/clients", token, json, 201));
    }

    private static String invoiceJson(long clientId, int i) {
        return Json.createObjectBuilder().add("clientId", clientId).add("lines", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("description", "Support hours, batch " + i)
                        .add("quantity", new BigDecimal("2.5")).add("unit", "h")
                        .add("unitPrice", new BigDecimal("80.00").add(BigDecimal.valueOf(i)))
                        .add("discountPercent", BigDecimal.ZERO).add("taxRate", new BigDecimal("19"))))
                .build().toString();
    }

    /** payment_intent.succeeded as Stripe sends it: the amount in cents, the invoice in the metadata. */
    private String event(int i, long invoiceId, BigDecimal total) {
        long cents = total.movePointRight(2).longValueExact();
        return Json.createObjectBuilder().add("id", "evt_crash_" + run + "_" + i).add("object", "event")
                .add("type", "payment_intent.succeeded").add("created", Instant.now().getEpochSecond())
                .add("livemode", false)
                .add("data", Json.createObjectBuilder().add("object", Json.createObjectBuilder()
                        .add("id", "pi_crash_" + run + "_" + i).add("object", "payment_intent")
                        .add("amount", cents).add("amount_received", cents).add("currency", "eur")
                        .add("status", "succeeded")
                        .add("metadata", Json.createObjectBuilder().add("invoice_id", String.valueOf(invoiceId)))))
                .build().toString();
    }

    private static int deliver(String body) throws Exception {
        String secret = System.getenv("CRMIR_STRIPE_WEBHOOK_SECRET");
        String signature = StripeSignature.header(body, secret, Instant.now().getEpochSecond());
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/webhooks/stripe"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonObject send(String method, String path, String token, String json, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static int count(String sql, Object parameter) throws SQLException {
        return Math.toIntExact(DATABASE.number(sql, parameter));
    }
}
