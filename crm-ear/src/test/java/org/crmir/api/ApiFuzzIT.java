package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.crmir.identity.ApiTokenService;
import org.crmir.support.AsAdmin;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
        RecordsToAimAt.handOff(HANDOFF, token, RecordsToAimAt.make(token));
    }

    @Test
    @Order(2)
    @RunAsClient
    void malformedAndExtremeRequestsAreRefusedCleanlyQuicklyAndWithoutWriting() throws Exception {
        Properties ids = RecordsToAimAt.received(HANDOFF);
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
