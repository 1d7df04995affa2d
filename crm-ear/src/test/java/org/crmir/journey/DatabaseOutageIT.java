package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.crmir.support.Http;
import org.crmir.support.Keycloak;
import org.crmir.support.RawHttp;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the database is down, CRMir says so at once: 503 with Retry-After, as problem details from the API and
 * as a plain page in the browser, instead of keeping the client waiting. The private test database is really
 * stopped (bin/crmir db-stop) and started again before the test ends; with an external test database
 * (CRMIR_TEST_DB_URL) the test is skipped. An answer of the single sign-on provider arriving meanwhile gets the
 * same page, not an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final long QUICK_MILLIS = 2_500;

    @Test
    void whileTheDatabaseIsDownRequestsAreAnswered503Quickly() throws Exception {
        File repo = new File(System.getProperty("user.dir")).getParentFile();
        assumeTrue(System.getenv("CRMIR_TEST_DB_URL") == null && new File(repo, "bin/crmir").canExecute(),
                "the test database is not the private MariaDB that this test may stop");
        String session = signInAsAdmin();
        assertEquals(200, RawHttp.send("GET", "/crmir/clients.xhtml", "127.0.0.1", session, null).status());

        crmir(repo, "db-stop");
        try {
            Instant start = Instant.now();
            HttpResponse<String> api = Http.send("GET", "/api/v1/clients", "any-token", null);
            long apiMillis = Duration.between(start, Instant.now()).toMillis();
            assertEquals(503, api.statusCode(), api.body());
            assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(""));
            assertTrue(api.headers().firstValue("Retry-After").isPresent());
            assertTrue(apiMillis < QUICK_MILLIS, "the API answered after " + apiMillis + " ms");

            start = Instant.now();
            RawHttp.Answer page = RawHttp.send("GET", "/crmir/clients.xhtml", "127.0.0.1", session, null);
            long pageMillis = Duration.between(start, Instant.now()).toMillis();
            assertEquals(503, page.status(), page.body());
            assertTrue(page.header("Retry-After") != null);
            assertTrue(page.body().contains("cannot reach its database"), page.body());
            assertTrue(pageMillis < QUICK_MILLIS, "the page answered after " + pageMillis + " ms");
        } finally {
            startAgain(repo);
        }
        assertEquals(200, RawHttp.send("GET", "/crmir/clients.xhtml", "127.0.0.1", session, null).status(),
                "CRMir did not recover when the database came back");
    }

    @Test
    void aSingleSignOnAnswerWhileTheDatabaseIsDownIsAnswered503WithWhy() throws Exception {
        File repo = new File(System.getProperty("user.dir")).getParentFile();
        assumeTrue(System.getenv("CRMIR_TEST_DB_URL") == null && new File(repo, "bin/crmir").canExecute(),
                "the test database is not the private MariaDB that this test may stop");
        assumeTrue(System.getenv("CRMIR_KEYCLOAK_URL") != null, "no local Keycloak");
        String user = Keycloak.randomName("outage");
        Keycloak.createUser(user, "Outage-Test-2026", "crm-viewers");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> start = browser.send(HttpRequest.newBuilder(URI.create(Http.base() + "/sso/start"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        URI callback = Keycloak.signInAt(URI.create(start.headers().firstValue("Location").orElseThrow()), user,
                "Outage-Test-2026");

        crmir(repo, "db-stop");
        try {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Retry-After").isPresent());
            assertTrue(answer.body().contains("cannot reach its database"), answer.body());
        } finally {
            startAgain(repo);
        }
    }

    private static void startAgain(File repo) throws Exception {
        crmir(repo, "db-start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Http.send("GET", "/health", null, null).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private static String signInAsAdmin() {
        RawHttp.Answer form = RawHttp.send("GET", "/crmir/login.xhtml", "127.0.0.1", null, null);
        String password = System.getenv().getOrDefault("CRMIR_ADMIN_PASSWORD", "Admin-Test-2026");
        RawHttp.Answer posted = RawHttp.send("POST", "/crmir/login.xhtml", "127.0.0.1", form.sessionCookie(),
                "login=login&login%3Ausername=admin&login%3Apassword=" + enc(password)
                        + "&login%3AsignIn=&" + form.postBack());
        assertEquals(302, posted.status(), posted.body());
        return posted.sessionCookie();
    }

    private static void crmir(File repo, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new File(repo, "bin/crmir").getPath(), command).directory(repo)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("CRMIR_DB_URL"); // set for the server: db-start would leave it to that URL
        Process process = builder.start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "bin/crmir " + command + " did not finish");
        assertEquals(0, process.exitValue(), "bin/crmir " + command + " failed");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
