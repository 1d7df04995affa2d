package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.crmir.support.Deployments;
import org.crmir.support.Http;
import org.crmir.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the web tier says on the wire: session cookie flags, security headers, redirects, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crmir();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> login = Http.send("GET", "/login.xhtml", null, null);
        assertEquals(200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("CRMIRSESSION=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> login = Http.send("GET", "/login.xhtml", null, null);
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("SAMEORIGIN", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void protectedPagesRedirectToSignIn() {
        HttpResponse<String> clients = Http.send("GET", "/clients.xhtml", null, null);
        assertEquals(302, clients.statusCode());
        assertTrue(clients.headers().firstValue("Location").orElse("").endsWith("/crmir/login.xhtml"));
    }

    @Test
    void anUnknownPageShowsTheErrorPageWithoutAStackTrace() {
        HttpResponse<String> missing = Http.send("GET", "/login-typo.xhtml", null, null);
        assertTrue(missing.statusCode() == 404 || missing.statusCode() == 302, String.valueOf(missing.statusCode()));
        assertFalse(missing.body().contains("Exception"), missing.body());
    }

    /**
     * The error page never answers 200: 404 for a page that does not exist, 403 for one the role may not open, and
     * 500 when it reports a failure, in place (a page that failed to render) or as the target of the redirect after
     * a failed Ajax request.
     */
    @Test
    void theErrorPageAnswersTheStatusOfWhatWentWrong() throws Exception {
        HttpClient admin = WebSession.signedIn("admin", BrowserJourney.adminPassword());
        String missing = WebSession.page(admin, "/no-such-page.xhtml", 404);
        assertTrue(missing.contains("Page not found"), missing);
        WebSession.page(admin, "/client.xhtml?id=987654321", 404); // a record that does not exist
        WebSession.page(admin, "/invoice.xhtml?id=987654321", 404);
        HttpResponse<String> deadLink = Http.send("GET", "/public/pay.xhtml?token=" + "x".repeat(43), null, null);
        assertEquals(404, deadLink.statusCode());
        assertTrue(deadLink.body().contains("not valid"), deadLink.body());
        String failed = WebSession.page(admin, "/error.xhtml?id=0badc0de", 500);
        assertTrue(failed.contains("Something went wrong") && failed.contains("0badc0de"), failed);
        String forged = WebSession.page(admin, "/error.xhtml?id=%3Cb%3Eboo%3C/b%3E", 500);
        assertFalse(forged.contains("boo"), "only a correlation id is echoed: " + forged);
    }

    @Test
    void healthSaysTheDatabaseIsUp() {
        HttpResponse<String> health = Http.send("GET", "/health", null, null);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("UP"));
    }
}
