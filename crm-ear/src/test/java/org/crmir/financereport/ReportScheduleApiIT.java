package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmir.identity.Role;
import org.crmir.support.AsFinance;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.crmir.support.MailServer;
import org.crmir.support.TestDatabase;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/report-schedules} over real HTTP with real tokens: created once per Idempotency-Key, read, listed,
 * changed, paused and resumed, its runs listed with their e-mails, deleted; bad input refused with problem+json
 * naming the field and nothing stored; sales get 403.
 */
@ExtendWith(ArquillianExtension.class)
class ReportScheduleApiIT {

    private static final String SCHEDULES = "/api/v1/report-schedules";

    @EJB
    Fixtures fixtures;

    @EJB
    ScheduleFirings firings;

    @EJB
    AsFinance asFinance;

    private String finance;
    private String sales;

    private MailServer smtp;

    @BeforeEach
    void setUp() throws Exception {
        smtp = new MailServer().start();
        fixtures.usersExist();
        finance = fixtures.apiToken(Role.FINANCE, "schedules-" + Fixtures.unique());
        sales = fixtures.apiToken(Role.SALES, "schedules-" + Fixtures.unique());
    }

    @AfterEach
    void tearDown() throws Exception {
        // The server's own timer must not fire these schedules later, in another test's middle.
        TestDatabase.sql("UPDATE report_schedules SET active = FALSE, next_run_at = NULL");
        smtp.stop();
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String body(String name, String zone) {
        return "{\"name\":\"" + name + "\",\"report\":\"invoice-register\",\"formats\":[\"csv\",\"pdf\"],"
                + "\"period\":\"last-month\",\"currency\":\"EUR\",\"frequency\":\"monthly\",\"at\":\"07:00\","
                + "\"zone\":\"" + zone + "\",\"users\":[\"it-finance\"],\"addresses\":[\"books@corp.example\"]}";
    }

    @Test
    void aScheduleIsCreatedOncePerKeyReadChangedPausedResumedAndDeleted() throws Exception {
        String name = "Month end " + Fixtures.unique();
        String key = "schedule-" + Fixtures.unique();
        HttpResponse<String> created = Http.send("POST", SCHEDULES, finance, body(name, "Europe/Zurich"),
                "application/json", Map.of("Idempotency-Key", key));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject schedule = json(created);
        long id = schedule.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(SCHEDULES + "/" + id));
        assertEquals("Monthly on the last day at 07:00, Europe/Zurich", schedule.getString("recurrence"));
        assertEquals("active", schedule.getString("status"));
        assertEquals("it-finance", schedule.getString("owner"));
        HttpResponse<String> replay = Http.send("POST", SCHEDULES, finance, body(name, "Europe/Zurich"),
                "application/json", Map.of("Idempotency-Key", key));
        assertEquals(id, json(replay).getJsonNumber("id").longValue(), "the same schedule, not a second one");
        HttpResponse<String> otherBody = Http.send("POST", SCHEDULES, finance, body(name + " (other)", "UTC"),
                "application/json", Map.of("Idempotency-Key", key));
        assertInvalid(otherBody, "Idempotency-Key"); // as for runs: a key is for one request
        assertEquals(0, json(Http.send("GET", SCHEDULES + "?q=" + (name + " (other)").replace(" ", "%20")
                .replace("(", "%28").replace(")", "%29"), finance, null)).getJsonNumber("total").longValue(),
                "and nothing was made");
        assertEquals(1, json(Http.send("GET", SCHEDULES + "?q=" + name.replace(" ", "%20"), finance, null))
                .getJsonNumber("total").longValue());

        String changed = body(name + " (changed)", "Europe/Berlin").replace("\"monthly\"", "\"weekly\"")
                .replace("\"at\"", "\"days\":[\"monday\",\"thursday\"],\"at\"")
                .replace("}", ",\"version\":" + schedule.getJsonNumber("version") + "}");
        assertInvalid(Http.send("PUT", SCHEDULES + "/" + id, finance, body(name + " (blind)", "UTC")), "version");
        HttpResponse<String> updated = Http.send("PUT", SCHEDULES + "/" + id, finance, changed);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Weekly on Monday and Thursday at 07:00, Europe/Berlin", json(updated).getString("recurrence"));
        HttpResponse<String> stale = Http.send("PUT", SCHEDULES + "/" + id, finance, changed);
        assertEquals(409, stale.statusCode(), "an old version: " + stale.body());

        assertEquals("paused", json(Http.send("POST", SCHEDULES + "/" + id + "/pause", finance, null))
                .getString("status"));
        JsonObject resumed = json(Http.send("POST", SCHEDULES + "/" + id + "/resume", finance, null));
        assertEquals("active", resumed.getString("status"));

        Instant due = Instant.parse(resumed.getString("nextRunAt")).plusSeconds(5);
        asFinance.call(() -> firings.fireDue(due));
        HttpResponse<String> runs = Http.send("GET", SCHEDULES + "/" + id + "/runs", finance, null);
        assertEquals(200, runs.statusCode(), runs.body());
        assertEquals(2, json(runs).getJsonNumber("total").longValue(), runs.body());
        // Both runs end, then one e-mail per recipient leaves: each run lists its firing's deliveries.
        JsonObject mailed = Eventually.until(Duration.ofSeconds(90), () -> json(Http.send("GET", SCHEDULES + "/" + id
                + "/runs", finance, null)), page -> page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(r -> r.getJsonArray("deliveries").size() == 2 && r.getJsonArray("deliveries").stream()
                        .map(JsonValue::asJsonObject).allMatch(d -> "sent".equals(d.getString("status")))));
        JsonObject run = mailed.getJsonArray("items").getJsonObject(0);
        assertEquals("done", run.getJsonObject("run").getString("status"), run.toString());
        List<String> to = run.getJsonArray("deliveries").stream().map(d -> d.asJsonObject().getString("recipient")
                + "/" + d.asJsonObject().getString("purpose")).sorted().toList();
        assertEquals(List.of("books@corp.example/outputs", "it-finance@crmir.test/outputs"), to, run.toString());
        assertEquals(1, smtp.receivedFor("books@corp.example").stream().filter(m -> subjectOf(m).contains(name
                + " (changed)")).count(), "the recipient got one e-mail");

        assertEquals(204, Http.send("DELETE", SCHEDULES + "/" + id, finance, null).statusCode());
        assertEquals(404, Http.send("GET", SCHEDULES + "/" + id, finance, null).statusCode());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = json(Http.send("GET", SCHEDULES, finance, null)).getJsonNumber("total").longValue();
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Bad zone", "Mars/Olympus")), "zone");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Legacy zone", "CET")), "zone");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Bad report", "UTC").replace("invoice-register",
                "balance-sheet")), "report");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Bad format", "UTC").replace("\"pdf\"",
                "\"docx\"")), "formats");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Bad address", "UTC").replace("books@corp.example",
                "books-at-corp")), "addresses");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Nobody", "UTC").replace("[\"it-finance\"]", "[]")
                .replace("[\"books@corp.example\"]", "[]")), "recipients");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("As of", "UTC").replace("invoice-register",
                "aged-receivables")), "period");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("x".repeat(101), "UTC")), "name");
        assertInvalid(Http.send("POST", SCHEDULES, finance, body("Bad time", "UTC").replace("07:00", "25:99")), "at");
        assertInvalid(Http.send("GET", SCHEDULES + "?status=sleeping", finance, null), "status");
        assertEquals(before, json(Http.send("GET", SCHEDULES, finance, null)).getJsonNumber("total").longValue());
    }

    @Test
    void salesGet403() {
        assertEquals(403, Http.send("GET", SCHEDULES, sales, null).statusCode());
        assertEquals(403, Http.send("POST", SCHEDULES, sales, body("Sales", "UTC")).statusCode());
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422, response.statusCode() + " "
                + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains("\"" + field + "\""), field + ": " + response.body());
    }
}
