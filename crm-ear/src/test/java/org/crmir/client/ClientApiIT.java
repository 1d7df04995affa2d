package org.crmir.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.crmir.identity.ApiTokenService;
import org.crmir.identity.IssuedToken;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API over real HTTP: personal tokens, status codes, paging and RFC 9457 problem details. Tokens are
 * made through the token service as the profile page does; every request then goes through the network stack.
 */
@ExtendWith(ArquillianExtension.class)
class ClientApiIT {

    @EJB
    ApiTokenService tokens;

    @EJB
    AsSales asSales;

    @EJB
    AsViewer asViewer;

    @EJB
    TestUsers testUsers;

    private String salesToken;

    @BeforeEach
    void signIn() throws Exception {
        testUsers.ensure();
        salesToken = asSales.call(() -> tokens.create("api test")).secret();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, json(response).getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static String clientJson(String name, String email) {
        return Json.createObjectBuilder().add("kind", "COMPANY").add("name", name).add("email", email)
                .add("currency", "USD").add("paymentTermsDays", 30)
                .add("billingAddress", Json.createObjectBuilder().add("city", "Austin").add("country", "US"))
                .add("tags", Json.createArrayBuilder().add("api")).build().toString();
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemDetails() {
        HttpResponse<String> response = Http.send("GET", "/api/v1/clients", null, null);
        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(Http.send("GET", "/api/v1/clients", "crm_not-a-real-token", null), 401);
    }

    @Test
    void createReadUpdateAndListAClient() {
        String name = "Api Co " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.send("POST", "/api/v1/clients", salesToken,
                clientJson(name, "ap@apico.example"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = json(created);
        long id = body.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/clients/" + id));
        assertEquals("ACTIVE", body.getString("status"));
        assertEquals("USD", body.getString("currency"));
        assertEquals(AsSales.USERNAME, body.getString("owner"));

        JsonObject read = json(Http.send("GET", "/api/v1/clients/" + id, salesToken, null));
        assertEquals(name, read.getString("name"));
        assertEquals("Austin", read.getJsonObject("billingAddress").getString("city"));

        String update = Json.createObjectBuilder(read).add("paymentTermsDays", 45).build().toString();
        HttpResponse<String> updated = Http.send("PUT", "/api/v1/clients/" + id, salesToken, update);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(45, json(updated).getInt("paymentTermsDays"));

        // the same stale version again: someone (we) changed it meanwhile
        assertProblem(Http.send("PUT", "/api/v1/clients/" + id, salesToken, update), 409);

        HttpResponse<String> list = Http.send("GET", "/api/v1/clients?q=" + name.replace(" ", "%20")
                + "&limit=5&offset=0&sort=-name", salesToken, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject page = json(list);
        assertEquals(1, page.getInt("total"));
        assertEquals(5, page.getInt("limit"));
        assertEquals(name, page.getJsonArray("items").getJsonObject(0).getString("name"));
    }

    @Test
    void contactsAreAddedAndListedUnderTheirClient() {
        String name = "Contact Co " + UUID.randomUUID().toString().substring(0, 8);
        long id = json(Http.send("POST", "/api/v1/clients", salesToken, clientJson(name, "c@cc.example")))
                .getJsonNumber("id").longValue();
        HttpResponse<String> added = Http.send("POST", "/api/v1/clients/" + id + "/contacts", salesToken,
                "{\"name\":\"Eve Stone\",\"jobTitle\":\"CTO\",\"email\":\"eve@cc.example\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(json(added).getBoolean("primary"));
        JsonObject contacts = json(Http.send("GET", "/api/v1/clients/" + id + "/contacts", salesToken, null));
        assertEquals(1, contacts.getInt("total"));
        assertEquals("Eve Stone", contacts.getJsonArray("items").getJsonObject(0).getString("name"));
        assertProblem(Http.send("POST", "/api/v1/clients/987654321/contacts", salesToken, "{\"name\":\"X\"}"), 404);
    }

    @Test
    void badInputGetsProblemDetailsAndStoresNothing() {
        String name = "Bad Co " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> invalid = Http.send("POST", "/api/v1/clients", salesToken, clientJson(name, "nope"));
        assertProblem(invalid, 422);
        assertEquals("email", json(invalid).getJsonArray("errors").getJsonObject(0).getString("field"));

        assertProblem(Http.send("POST", "/api/v1/clients", salesToken, "{\"name\": \"Broken"), 400);
        assertProblem(Http.send("POST", "/api/v1/clients", salesToken,
                "{\"name\":\"" + name + "\",\"paymentTermsDays\":\"soon\"}"), 400);
        assertProblem(Http.send("POST", "/api/v1/clients", salesToken, "{\"name\":\"" + "y".repeat(300) + "\"}"),
                422);
        assertProblem(Http.send("GET", "/api/v1/clients?limit=lots", salesToken, null), 422);
        assertProblem(Http.send("GET", "/api/v1/clients/987654321", salesToken, null), 404);

        JsonObject none = json(Http.send("GET", "/api/v1/clients?status=ALL&q=" + name.replace(" ", "%20"),
                salesToken, null));
        assertEquals(0, none.getInt("total"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyMakesOneClient() throws Exception {
        String name = "Retry Co " + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String body = clientJson(name, "r@retry.example");
        // Five deliveries of the same request at once, as a client retrying on a flaky network might send them.
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sent.add(pool.submit(() -> sendWithKey(key, body)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<HttpResponse<String>> response : sent) {
                HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
                assertEquals(201, answer.statusCode(), answer.body());
                ids.add(json(answer).getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> again = sendWithKey(key, body);
        assertEquals(201, again.statusCode());
        JsonObject page = json(Http.send("GET", "/api/v1/clients?q=" + name.replace(" ", "%20"), salesToken, null));
        assertEquals(1, page.getInt("total"));
        assertProblem(sendWithKey("k".repeat(101), clientJson(name + " x", "x@retry.example")), 422);
    }

    private HttpResponse<String> sendWithKey(String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.base() + "/api/v1/clients"))
                .header("Authorization", "Bearer " + salesToken).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aViewerTokenMayReadButNotWrite() throws Exception {
        String viewerToken = asViewer.call(() -> tokens.create("viewer")).secret();
        assertEquals(200, Http.send("GET", "/api/v1/clients", viewerToken, null).statusCode());
        assertProblem(Http.send("POST", "/api/v1/clients", viewerToken, clientJson("Nope Co", "n@n.example")), 403);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        IssuedToken token = asSales.call(() -> tokens.create("short-lived"));
        assertEquals(200, Http.send("GET", "/api/v1/clients", token.secret(), null).statusCode());
        asSales.call(() -> tokens.revoke(token.id()));
        assertProblem(Http.send("GET", "/api/v1/clients", token.secret(), null), 401);
    }
}
