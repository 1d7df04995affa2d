package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.crmir.support.Deployments;
import org.crmir.support.Http;
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

    @Test
    void healthSaysTheDatabaseIsUp() {
        HttpResponse<String> health = Http.send("GET", "/health", null, null);
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("UP"));
    }
}
