package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.crmir.identity.ApiTokenService;
import org.crmir.support.AsAdmin;
import org.crmir.support.Deployments;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A property-based probe of the whole REST API: jqwik generates malformed and extreme bodies, query parameters and
 * headers for every resource ({@link ApiRequests}), and each answer must be quick, below 500, problem+json when
 * it refuses, and a refusal must change nothing. The records the requests aim at are made in the server first
 * (a token needs the token service); the requests then come from the test JVM, where jqwik runs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzIT {

    /** How the server-side preparation hands the token and record ids to the client side (same machine). */
    private static final Path HANDOFF = Path.of(System.getProperty("java.io.tmpdir"), "crmir-api-fuzz.properties");
    private static final int TRIES = 400;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.crmirWith(ApiFuzzIT.class);
    }

    @EJB
    ApiTokenService tokens;

    @EJB
    AsAdmin asAdmin;

    @EJB
    TestUsers testUsers;

    @Test
    @Order(1)
    void prepareRecordsToAimAt() throws Exception {
        testUsers.ensure();
        String token = asAdmin.call(() -> tokens.create("api fuzz")).secret();
        Properties ids = new Properties();
        ids.setProperty("token", token);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long client = create(token, "/api/v1/clients", "{\"name\":\"Fuzz " + tag + "\",\"currency\":\"EUR\"}");
        ids.setProperty("client", Long.toString(client));
        ids.setProperty("product", Long.toString(create(token, "/api/v1/products", "{\"sku\":\"FZ-" + tag
                + "\",\"name\":\"Fuzz\",\"kind\":\"SERVICE\",\"unit\":\"h\",\"unitPrice\":10,\"currency\":\"EUR\"}")));
        String line = "{\"description\":\"Work\",\"quantity\":1,\"unitPrice\":100}";
        ids.setProperty("quote", Long.toString(create(token, "/api/v1/quotes", "{\"clientId\":" + client
                + ",\"lines\":[" + line + "]}")));
        ids.setProperty("invoice", Long.toString(create(token, "/api/v1/invoices", "{\"clientId\":" + client
                + ",\"lines\":[" + line + "]}")));
        long issued = create(token, "/api/v1/invoices", "{\"clientId\":" + client + ",\"lines\":[" + line + "]}");
        assertEquals(200, Http.send("POST", "/api/v1/invoices/" + issued + "/issue", token, null).statusCode());
        ids.setProperty("issued", Long.toString(issued));
        ids.setProperty("payment", Long.toString(create(token, "/api/v1/payments", "{\"clientId\":" + client
                + ",\"amount\":50,\"currency\":\"EUR\",\"method\":\"CASH\",\"allocate\":false}")));
        ids.setProperty("contract", Long.toString(create(token, "/api/v1/contracts", "{\"clientId\":" + client
                + ",\"title\":\"Fuzz support\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\","
                + "\"value\":1200}")));
        try (var out = Files.newBufferedWriter(HANDOFF)) {
            ids.store(out, "ApiFuzzIT");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void malformedAndExtremeRequestsAreRefusedCleanlyQuicklyAndWithoutWriting() throws Exception {
        assertTrue(Files.exists(HANDOFF), "the in-server preparation did not run: " + HANDOFF);
        Properties ids = new Properties();
        try (var in = Files.newBufferedReader(HANDOFF)) {
            ids.load(in);
        }
        String token = ids.getProperty("token");
        ApiRequests requests = new ApiRequests(ids);
        Http.send("GET", "/api/v1/clients?limit=1", token, null); // warm up before timing
        List<String> failures = new ArrayList<>();
        requests.generate().limit(TRIES).forEach(request -> {
            String before = request.probe() == null ? null : Http.send("GET", request.probe(), token, null).body();
            long started = System.nanoTime();
            HttpResponse<String> answer = Http.send(request.method(), request.path(), token, request.body(),
                    request.contentType(), request.headers());
            long millis = (System.nanoTime() - started) / 1_000_000;
            String problem = judge(answer, millis);
            if (problem == null && answer.statusCode() >= 400 && before != null
                    && refusalChanged(request, token, before)) {
                problem = "a refusal changed " + request.probe();
            }
            if (problem != null && failures.size() < 20) {
                failures.add(problem + " — " + request + " → " + answer.statusCode() + " "
                        + shorten(answer.body()));
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " bad answer(s):\n" + String.join("\n", failures));
    }

    /**
     * Whether a refused request changed what its probe reads. The probe can also move on its own: an e-mail an
     * earlier accepted request queued turns from Queued to Sent in the background. So a change is checked once
     * more with the same request: a refusal that writes writes again, while a background change rarely straddles
     * the same request twice.
     */
    private static boolean refusalChanged(ApiRequest request, String token, String before) {
        if (before.equals(Http.send("GET", request.probe(), token, null).body())) {
            return false;
        }
        String again = Http.send("GET", request.probe(), token, null).body();
        Http.send(request.method(), request.path(), token, request.body(), request.contentType(), request.headers());
        return !again.equals(Http.send("GET", request.probe(), token, null).body());
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(HttpResponse<String> answer, long millis) {
        if (answer.statusCode() >= 500) {
            return "server error";
        }
        if (millis >= 1000) {
            return "took " + millis + " ms";
        }
        if (answer.statusCode() < 400) {
            return null;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "refusal without problem+json";
        }
        JsonObject problem;
        try {
            problem = Json.createReader(new StringReader(answer.body())).readObject();
        } catch (RuntimeException e) {
            return "problem body is not JSON";
        }
        if (problem.getInt("status", 0) != answer.statusCode()) {
            return "problem status differs from the HTTP status";
        }
        String body = answer.body();
        for (String internal : List.of("Exception", "RESTEASY", "org.crmir", "java.", "Internal error", "UT0")) {
            if (body.contains(internal)) {
                return "problem leaks '" + internal + "'";
            }
        }
        return null;
    }

    private static long create(String token, String path, String body) {
        HttpResponse<String> created = Http.send("POST", path, token, body);
        assertEquals(201, created.statusCode(), path + ": " + created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** One generated request: what is sent, and which GET shows whether a refusal wrote anything. */
    record ApiRequest(String method, String path, String body, String contentType, Map<String, String> headers,
            String probe) {

        @Override
        public String toString() {
            return method + " " + path + " " + headers + " " + (body == null ? "" : shorten(body));
        }
    }
}
