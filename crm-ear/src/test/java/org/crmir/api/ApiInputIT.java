package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.crmir.identity.ApiTokenService;
import org.crmir.support.AsAdmin;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a careless or hostile API client sends: numbers beyond DECIMAL(19,4) or their Java type, text beyond its
 * column, dates at the edges of Java's range, malformed headers and JSON, oversized bodies, reused idempotency
 * keys. Each is refused quickly with problem+json naming the field, in words a client developer understands.
 */
@ExtendWith(ArquillianExtension.class)
class ApiInputIT {

    private static final String TWO_TO_THE_63 = "9223372036854775808";

    @EJB
    ApiTokenService tokens;

    @EJB
    AsAdmin asAdmin;

    @EJB
    TestUsers testUsers;

    private String token;
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.ensure();
        token = asAdmin.call(() -> tokens.create("api input test")).secret();
        clientId = id(created(post("/api/v1/clients", "{\"name\":\"Input " + unique() + "\",\"currency\":\"EUR\"}")));
    }

    @Test
    void hugeNumbersAreRefusedBeforeAnyArithmetic() {
        long invoice = draftInvoice();
        long started = System.nanoTime();
        HttpResponse<String> answer = post("/api/v1/invoices/" + invoice + "/lines",
                "{\"description\":\"x\",\"quantity\":1e100000,\"unitPrice\":1}");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertInvalid(answer, "quantity");
        assertTrue(millis < 1000, "answered in " + millis + " ms");
        assertInvalid(post("/api/v1/invoices/" + invoice + "/lines",
                "{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1000000000000000}"), "unitPrice");
        assertInvalid(post("/api/v1/invoices/" + invoice + "/lines",
                "{\"description\":\"x\",\"quantity\":0.00001,\"unitPrice\":1}"), "quantity");
        assertInvalid(post("/api/v1/invoices/" + invoice + "/lines",
                "{\"description\":\"x\",\"quantity\":999999999999999,\"unitPrice\":999999999999999}"), "quantity");
        assertInvalid(post("/api/v1/contracts", "{\"clientId\":" + clientId + ",\"title\":\"t\",\"value\":1e15}"),
                "value");
        assertInvalid(post("/api/v1/payments", "{\"clientId\":" + clientId
                + ",\"amount\":-1e15,\"currency\":\"EUR\",\"method\":\"CASH\"}"), "amount");
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        long invoice = draftInvoice();
        assertInvalid(post("/api/v1/invoices/" + invoice + "/lines",
                "{\"description\":\"x\",\"quantity\":1,\"unitPrice\":1,\"unit\":\"" + "u".repeat(21) + "\"}"), "unit");
        assertInvalid(post("/api/v1/invoices", "{\"clientId\":" + clientId + ",\"notes\":\"" + "n".repeat(4001)
                + "\"}"), "notes");
        assertInvalid(post("/api/v1/quotes", "{\"clientId\":" + clientId + ",\"terms\":\"" + "t".repeat(4001)
                + "\"}"), "terms");
        post("/api/v1/invoices/" + invoice + "/lines", "{\"description\":\"x\",\"quantity\":1,\"unitPrice\":100}");
        assertEquals(200, Http.send("POST", "/api/v1/invoices/" + invoice + "/issue", token, null).statusCode());
        assertInvalid(post("/api/v1/invoices/" + invoice + "/credit-notes", "{\"amount\":1,\"reason\":\""
                + "r".repeat(501) + "\"}"), "reason");
    }

    @Test
    void datesOutsideTheYears1900To9999AreRefused() {
        for (String date : new String[] {"+999999999-12-31", "-0001-01-01", "0002-01-01", "2026-02-30"}) {
            assertInvalid(post("/api/v1/contracts", "{\"clientId\":" + clientId + ",\"title\":\"t\",\"startDate\":\""
                    + date + "\"}"), "startDate");
            assertInvalid(post("/api/v1/payments", "{\"clientId\":" + clientId + ",\"amount\":1,\"currency\":\"EUR\","
                    + "\"method\":\"CASH\",\"receivedOn\":\"" + date + "\"}"), "receivedOn");
        }
        assertInvalid(Http.send("GET", "/api/v1/invoices?issuedFrom=%2B999999999-12-31", token, null), "issuedFrom");
        assertInvalid(Http.send("GET", "/api/v1/interactions?from=%2B999999999-12-31T00:00:00Z", token, null), "from");
    }

    @Test
    void wholeNumbersMustFitTheirTypeAndIdsMustExist() {
        assertInvalid(post("/api/v1/clients", "{\"name\":\"n\",\"paymentTermsDays\":" + TWO_TO_THE_63 + "}"),
                "paymentTermsDays");
        assertInvalid(post("/api/v1/clients", "{\"name\":\"n\",\"paymentTermsDays\":1.5}"), "paymentTermsDays");
        assertInvalid(post("/api/v1/contracts", "{\"clientId\":" + clientId + ",\"title\":\"t\",\"noticeDays\":"
                + TWO_TO_THE_63 + "}"), "noticeDays");
        assertInvalid(post("/api/v1/contracts", "{\"clientId\":" + clientId + ",\"title\":\"t\",\"reminderDays\":"
                + TWO_TO_THE_63 + "}"), "reminderDays");
        assertInvalid(post("/api/v1/invoices", "{\"clientId\":" + clientId + ",\"lines\":[{\"productId\":"
                + TWO_TO_THE_63 + ",\"description\":\"x\",\"quantity\":1,\"unitPrice\":1}]}"), "lines[0].productId");
        assertInvalid(post("/api/v1/quotes", "{\"clientId\":" + clientId + ",\"lines\":[{\"productId\":987654321,"
                + "\"description\":\"x\",\"quantity\":1,\"unitPrice\":1}]}"), "lines[0].productId");
        assertInvalid(post("/api/v1/invoices/" + draftInvoice() + "/lines",
                "{\"productId\":987654321,\"description\":\"x\",\"quantity\":1,\"unitPrice\":1}"), "productId");
        assertInvalid(Http.send("GET", "/api/v1/payments?clientId=" + TWO_TO_THE_63, token, null), "clientId");
    }

    @Test
    void unknownEnumValuesAreNamedWithTheAllowedOnesAndNoJavaNames() {
        HttpResponse<String> answer = post("/api/v1/clients", "{\"name\":\"n\",\"kind\":\"ALIEN\"}");
        JsonObject problem = assertInvalid(answer, "kind");
        assertTrue(problem.toString().contains("COMPANY"), answer.body());
        assertFalse(answer.body().contains("org.crmir") || answer.body().contains("RESTEASY")
                || answer.body().contains("Internal error"), answer.body());
    }

    @Test
    void malformedJsonAndHeadersAreBadRequests() {
        assertProblem(post("/api/v1/clients", "{\"name\":\"x\"} trailing"), 400);
        assertProblem(post("/api/v1/clients", "{\"name\":\"x\"} {}"), 400);
        assertProblem(post("/api/v1/clients", "{\"name\":"), 400);
        assertProblem(Http.send("GET", "/api/v1/clients", token, null, "application/json",
                Map.of("Accept", "*/*;q=abc")), 400);
        long invoice = issuedInvoice();
        assertInvalid(post("/api/v1/payments/" + payment(100) + "/allocations",
                "{\"allocations\":{\"" + invoice + "\":null}}"), "allocations." + invoice);
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        HttpResponse<String> large = post("/api/v1/clients", "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertProblem(large, 413);
        // A client that announces a large body and waits (Expect: 100-continue) hears 413 before sending any.
        URI api = URI.create(Http.base() + "/api/v1/clients");
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + api.getPath() + " HTTP/1.1\r\nHost: " + api.getHost()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 11 * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (int b; head.indexOf("\r\n\r\n") < 0 && (b = socket.getInputStream().read()) != -1; ) {
                head.append((char) b);
            }
            assertTrue(head.toString().startsWith("HTTP/1.1 413"), head.toString());
            assertTrue(head.toString().toLowerCase(java.util.Locale.ROOT)
                    .contains("content-type: application/problem+json"), head.toString());
        }
    }

    @Test
    void idempotencyKeysAreExactBoundToTheirBodyAndHonouredForInvoicePayments() {
        long invoice = issuedInvoice();
        String key = "Pay-" + unique();
        String body = "{\"invoiceId\":" + invoice + ",\"amount\":10,\"currency\":\"EUR\",\"method\":\"BANK_TRANSFER\"}";
        long first = id(created(postWithKey("/api/v1/payments", key, body)));
        long again = id(created(postWithKey("/api/v1/payments", key, body)));
        assertEquals(first, again, "the same key twice is one payment");
        JsonObject paid = json(Http.send("GET", "/api/v1/invoices/" + invoice, token, null));
        assertEquals(0, paid.getJsonNumber("balance").bigDecimalValue().compareTo(new java.math.BigDecimal("90")),
                paid.toString());

        JsonObject reused = assertInvalid(postWithKey("/api/v1/payments", key, body.replace("10", "11")),
                "Idempotency-Key");
        assertTrue(reused.toString().contains("different request"), reused.toString());

        String lower = "case-" + unique();
        String client = "{\"name\":\"Key case " + unique() + "\"}";
        long a = id(created(postWithKey("/api/v1/clients", lower, client)));
        long b = id(created(postWithKey("/api/v1/clients", lower.toUpperCase(), client)));
        assertNotEquals(a, b, "keys differing in case are different keys");
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> post(String path, String body) {
        return Http.send("POST", path, token, body);
    }

    private HttpResponse<String> postWithKey(String path, String key, String body) {
        return Http.send("POST", path, token, body, "application/json", Map.of("Idempotency-Key", key));
    }

    private long draftInvoice() {
        return id(created(post("/api/v1/invoices", "{\"clientId\":" + clientId + "}")));
    }

    private long issuedInvoice() {
        long invoice = draftInvoice();
        post("/api/v1/invoices/" + invoice + "/lines", "{\"description\":\"x\",\"quantity\":1,\"unitPrice\":100}");
        assertEquals(200, Http.send("POST", "/api/v1/invoices/" + invoice + "/issue", token, null).statusCode());
        return invoice;
    }

    private long payment(int amount) {
        return id(created(post("/api/v1/payments", "{\"clientId\":" + clientId + ",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"method\":\"CASH\",\"allocate\":false}")));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long id(JsonObject body) {
        return body.getJsonNumber("id").longValue();
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
        return problem;
    }

    /** A 422 whose errors name {@code field}. */
    private static JsonObject assertInvalid(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 422);
        assertTrue(problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(e -> field.equals(e.getString("field", null))), response.body());
        return problem;
    }
}
