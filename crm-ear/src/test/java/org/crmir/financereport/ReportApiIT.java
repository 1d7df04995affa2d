package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.crmir.identity.Role;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/reports} over real HTTP with real tokens: the catalog, a run (once per Idempotency-Key), its
 * status and its output; bad input refused with problem+json naming the field, never a 500; sales get 403.
 */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    private static final String RUNS = "/api/v1/reports/runs";

    @EJB
    Fixtures fixtures;

    private String finance;
    private String sales;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        finance = fixtures.apiToken(Role.FINANCE, "reports-" + Fixtures.unique());
        sales = fixtures.apiToken(Role.SALES, "reports-" + Fixtures.unique());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String body(String report, String format, LocalDate from, LocalDate to) {
        return "{\"report\":\"" + report + "\",\"format\":\"" + format + "\",\"currency\":\"EUR\""
                + (from == null ? "" : ",\"from\":\"" + from + "\"") + (to == null ? "" : ",\"to\":\"" + to + "\"")
                + "}";
    }

    @Test
    void theCatalogNamesEveryReportWithItsParametersAndFormats() {
        HttpResponse<String> catalog = Http.send("GET", "/api/v1/reports", finance, null);
        assertEquals(200, catalog.statusCode(), catalog.body());
        String text = catalog.body();
        for (FinanceReport report : FinanceReport.values()) {
            assertTrue(text.contains("\"" + report.code() + "\""), text);
        }
        assertTrue(text.contains("\"xlsx\"") && text.contains("\"from\""), text);
    }

    @Test
    void aRunIsQueuedOncePerKeyAndItsOutputDownloadsWhenDone() throws Exception {
        String key = "run-" + Fixtures.unique();
        String request = body("credit-notes", "csv", today.minusDays(30), today);
        HttpResponse<String> first = Http.send("POST", RUNS, finance, request, "application/json",
                Map.of("Idempotency-Key", key));
        assertEquals(201, first.statusCode(), first.body());
        long id = json(first).getJsonNumber("id").longValue();
        assertTrue(first.headers().firstValue("Location").orElse("").endsWith(RUNS + "/" + id));
        HttpResponse<String> again = Http.send("POST", RUNS, finance, request, "application/json",
                Map.of("Idempotency-Key", key));
        assertEquals(id, json(again).getJsonNumber("id").longValue(), "the same run, not a second one");
        HttpResponse<String> other = Http.send("POST", RUNS, finance, body("credit-notes", "pdf",
                today.minusDays(30), today), "application/json", Map.of("Idempotency-Key", key));
        assertEquals(422, other.statusCode(), "a key reused for another request: " + other.body());

        JsonObject done = Eventually.until(Duration.ofSeconds(60), () -> json(Http.send("GET", RUNS + "/" + id,
                finance, null)), r -> "done".equals(r.getString("status")));
        assertEquals(RUNS + "/" + id + "/output", done.getString("output"));
        assertEquals(64, done.getString("sha256").length());
        HttpResponse<String> output = Http.send("GET", RUNS + "/" + id + "/output", finance, null, null,
                Map.of("Accept", "text/csv"));
        assertEquals(200, output.statusCode(), output.body());
        assertTrue(output.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(output.body().contains("Credit notes"), output.body());

        HttpResponse<String> list = Http.send("GET", RUNS + "?report=credit-notes&status=done&limit=5", finance,
                null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":" + id), list.body());
    }

    @Test
    void aFailedRunRunsAgainOncePerKeyAndADoneOneIsAConflict() throws Exception {
        long failed;
        javax.sql.DataSource ds = javax.naming.InitialContext.doLookup("java:jboss/datasources/CrmDS");
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO report_runs (report, parameters, format, status, requested_by, requested_at,"
                        + " finished_at, failure) VALUES ('CREDIT_NOTES', 'currency=EUR;from=" + today + ";to=" + today
                        + "', 'CSV', 'FAILED', 'it-api', NOW(6), NOW(6), 'it: failed')",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.executeUpdate();
            try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                failed = keys.getLong(1);
            }
        }
        String key = "again-" + Fixtures.unique();
        HttpResponse<String> again = Http.send("POST", RUNS + "/" + failed + "/again", finance, null, null,
                Map.of("Idempotency-Key", key));
        assertEquals(201, again.statusCode(), again.body());
        long id = json(again).getJsonNumber("id").longValue();
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith(RUNS + "/" + id), again.headers()
                .toString());
        HttpResponse<String> retried = Http.send("POST", RUNS + "/" + failed + "/again", finance, null, null,
                Map.of("Idempotency-Key", key));
        assertEquals(id, json(retried).getJsonNumber("id").longValue(), "the same run, not a second one");

        JsonObject done = Eventually.until(Duration.ofSeconds(60), () -> json(Http.send("GET", RUNS + "/" + id,
                finance, null)), r -> "done".equals(r.getString("status")));
        HttpResponse<String> conflict = Http.send("POST", RUNS + "/" + done.getJsonNumber("id") + "/again", finance,
                null);
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertTrue(conflict.body().contains("only a failed run"), conflict.body());
        assertEquals(404, Http.send("POST", RUNS + "/999999999/again", finance, null).statusCode());
        assertEquals(403, Http.send("POST", RUNS + "/" + failed + "/again", sales, null).statusCode());
    }

    @Test
    void anUnknownReportIsRefusedNamingTheReport() {
        assertInvalid(Http.send("POST", RUNS, finance, body("balance-sheet", "pdf", today, today)), "report");
        assertInvalid(Http.send("POST", RUNS, finance, "{\"format\":\"pdf\",\"currency\":\"EUR\"}"), "report");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTheEnd() {
        assertInvalid(Http.send("POST", RUNS, finance, body("invoice-register", "pdf", today, today.minusDays(1))),
                "to");
    }

    @Test
    void aClientThatDoesNotExistIsRefusedNamingTheClient() {
        assertInvalid(Http.send("POST", RUNS, finance, body("credit-notes", "csv", today, today).replace("}",
                ",\"clientId\":999999999}")), "clientId");
        assertInvalid(Http.send("POST", RUNS, finance, body("aged-receivables", "csv", null, null).replace("}",
                ",\"clientId\":999999999}")), "clientId");
    }

    @Test
    void aPeriodForAReportAsOfADayIsRefusedNotDropped() {
        assertInvalid(Http.send("POST", RUNS, finance, body("aged-receivables", "pdf", today.minusDays(9), null)),
                "from");
        assertInvalid(Http.send("POST", RUNS, finance, body("open-quotes", "pdf", null, today)), "to");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormat() {
        assertInvalid(Http.send("POST", RUNS, finance, body("tax-summary", "docx", today, today)), "format");
    }

    @Test
    void aPeriodOverThreeYearsIsRefused() {
        assertInvalid(Http.send("POST", RUNS, finance, body("invoice-register", "csv", today.minusYears(5), today)),
                "to");
    }

    @Test
    void malformedInputIsAProblemNeverAServerError() {
        HttpResponse<String> badDate = Http.send("POST", RUNS, finance,
                "{\"report\":\"tax-summary\",\"format\":\"pdf\",\"currency\":\"EUR\",\"from\":\"yesterday\"}");
        assertTrue(badDate.statusCode() == 400 || badDate.statusCode() == 422, badDate.body());
        assertTrue(badDate.body().contains("from"), badDate.body());
        assertInvalid(Http.send("POST", RUNS, finance, body("tax-summary", "pdf", today, today).replace("EUR",
                "EURO")), "currency");
        assertEquals(404, Http.send("GET", RUNS + "/999999999", finance, null).statusCode());
        assertInvalid(Http.send("GET", RUNS + "?status=finished", finance, null), "status");
        HttpResponse<String> notDone = Http.send("POST", RUNS, finance, body("tax-summary", "pdf", today, today));
        long id = json(notDone).getJsonNumber("id").longValue();
        HttpResponse<String> early = Http.send("GET", RUNS + "/" + id + "/output", finance, null);
        assertTrue(early.statusCode() == 409 || early.statusCode() == 200, early.body());
    }

    @Test
    void salesGet403() {
        assertEquals(403, Http.send("GET", "/api/v1/reports", sales, null).statusCode());
        assertEquals(403, Http.send("POST", RUNS, sales, body("credit-notes", "csv", today, today)).statusCode());
        assertEquals(403, Http.send("GET", RUNS, sales, null).statusCode());
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(response.body().contains("Exception"), response.body());
        JsonObject problem = json(response);
        assertTrue(problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(e -> field.equals(e.getString("field", null))), response.body());
    }
}
