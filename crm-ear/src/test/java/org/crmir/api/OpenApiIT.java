package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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
 * The API's OpenAPI document, as the deployed application serves it: OpenAPI 3.1, every resource method of the
 * code in it and nothing else, and real answers (lists, records, creations, refusals) valid under the schemas it
 * gives for their status and media type. Swagger UI's page is served and names the document.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiIT {

    private static final Path HANDOFF = Path.of(System.getProperty("java.io.tmpdir"), "crmir-openapi.properties");

    @EJB
    ApiTokenService tokens;

    @EJB
    AsAdmin asAdmin;

    @EJB
    TestUsers testUsers;

    @Test
    @Order(1)
    void prepareRecordsToAskFor() throws Exception {
        testUsers.ensure();
        String token = asAdmin.call(() -> tokens.create("openapi check")).secret();
        RecordsToAimAt.handOff(HANDOFF, token, RecordsToAimAt.make(token));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDocumentHasEveryResourceMethodOfTheCodeAndNoOther() {
        OpenApiDocument document = OpenApiDocument.served();
        assertEquals("3.1.0", document.version());
        Set<String> inCode = ResourceMethods.all();
        assertTrue(inCode.size() > 70, "the scan of the web module's classes found " + inCode.size());
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(document.operations());
        Set<String> extra = new TreeSet<>(document.operations());
        extra.removeAll(inCode);
        assertEquals(Set.of(), missing, "resource methods missing from the document");
        assertEquals(Set.of(), extra, "operations in the document that the code does not have");
        assertEquals(List.of(), document.withoutSummary(), "operations without a summary (@Operation)");
        assertTrue(document.operation("POST", "/api/webhooks/stripe").path("security").isEmpty(),
                "the gateways' webhooks take no token");
        assertEquals("#/components/schemas/Problem", document.operation("GET", "/api/v1/clients/{id}")
                .at("/responses/404/content/application~1problem+json/schema/$ref").asText());
        String limit = document.operation("GET", "/api/v1/clients").path("parameters").findParents("name").stream()
                .filter(p -> "limit".equals(p.path("name").asText())).findFirst().orElseThrow().path("schema")
                .toString();
        assertTrue(limit.contains("\"maximum\":200") && limit.contains("integer"), limit);
    }

    @Test
    @Order(3)
    @RunAsClient
    void realAnswersMatchTheirDocumentedSchemas() {
        OpenApiDocument document = OpenApiDocument.served();
        // The check can fail: a client whose id is text is refused by the client schema.
        assertFalse(document.invalid(document.operation("GET", "/api/v1/clients/{id}")
                .at("/responses/200/content/application~1json/schema"), "{\"id\":\"seven\"}").isEmpty());
        Properties ids = RecordsToAimAt.received(HANDOFF);
        String token = ids.getProperty("token");
        String client = ids.getProperty("client");
        List<String> reads = List.of("/api/v1/clients?limit=5", "/api/v1/clients/" + client,
                "/api/v1/clients/" + client + "/contacts", "/api/v1/clients/" + client + "/interactions",
                "/api/v1/interactions?limit=5", "/api/v1/products?limit=5", "/api/v1/products/" + ids.getProperty(
                        "product"), "/api/v1/quotes?limit=5", "/api/v1/quotes/" + ids.getProperty("quote"),
                "/api/v1/invoices?limit=5", "/api/v1/invoices/" + ids.getProperty("invoice"),
                "/api/v1/invoices/" + ids.getProperty("issued"), "/api/v1/payments?limit=5",
                "/api/v1/payments/" + ids.getProperty("payment"), "/api/v1/payments/" + ids.getProperty("payment")
                        + "/receipt/state", "/api/v1/contracts?limit=5", "/api/v1/contracts/"
                        + ids.getProperty("contract"), "/api/v1/contracts/" + ids.getProperty("contract")
                        + "/invoices", "/api/v1/reports", "/api/v1/reports/runs?limit=5",
                "/api/v1/report-schedules?limit=5", "/api/v1/clients/999999999", "/api/v1/nothing-here");
        List<String> mismatches = new ArrayList<>();
        for (String read : reads) {
            mismatches.addAll(document.check("GET", read, token, null));
        }
        mismatches.addAll(document.check("GET", "/api/v1/clients", null, null));
        mismatches.addAll(document.check("POST", "/api/v1/clients", token,
                "{\"name\":\"Documented client\",\"currency\":\"EUR\",\"tags\":[\"api\"]}"));
        mismatches.addAll(document.check("POST", "/api/v1/clients", token, "{\"name\":\"\"}"));
        mismatches.addAll(document.check("POST", "/api/v1/clients/" + client + "/interactions", token,
                "{\"channel\":\"CALL\",\"direction\":\"OUTBOUND\",\"subject\":\"Documented\",\"body\":\"Called\"}"));
        mismatches.addAll(document.check("POST", "/api/v1/clients/" + client + "/contacts", token,
                "{\"name\":\"Ann Documented\",\"email\":\"ann@example.com\"}"));
        assertEquals(List.of(), mismatches);
    }

    @Test
    @Order(4)
    @RunAsClient
    void swaggerUiShowsTheDocument() throws Exception {
        HttpResponse<String> page = get("/api/docs");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-document=\"/crmir/openapi?format=JSON\""), page.body());
        String bundle = page.body().replaceFirst("(?s).*<script src=\"/crmir([^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        assertEquals(200, get(bundle).statusCode(), bundle);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Http.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
