package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.support.Http;
import org.crmir.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the web tier says on the wire: session cookie flags, security headers, redirects, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

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
    void theContentSecurityPolicyAllowsOnlyOwnAndNoncedScripts() {
        HttpResponse<String> login = Http.send("GET", "/login.xhtml", null, null);
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        Map<String, String> directives = directives(policies.get(0));
        assertEquals("'self'", directives.get("default-src"));
        assertEquals("'none'", directives.get("object-src"));
        assertEquals("'self'", directives.get("base-uri"));
        assertEquals("'self'", directives.get("frame-ancestors"));
        assertTrue(directives.getOrDefault("form-action", "").startsWith("'self'"), policies.toString());
        Matcher nonce = Pattern.compile("^'self' 'nonce-([^']+)'$")
                .matcher(directives.getOrDefault("script-src", ""));
        assertTrue(nonce.matches(), "script-src must be 'self' and the page's nonce only: " + policies);

        // Every script of the page carries that nonce, and no element has an inline event handler.
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(login.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""), scripts.group());
        }
        assertTrue(count > 0, login.body());
        assertFalse(Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE).matcher(login.body()).find(),
                "inline event handler: " + login.body());

        HttpResponse<String> api = Http.send("GET", "/api/v1/clients", null, null);
        assertEquals("'self'", directives(api.headers().firstValue("Content-Security-Policy").orElse(""))
                .get("default-src"));
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new HashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return directives;
    }

    @Test
    void protectedPagesRedirectToSignIn() {
        HttpResponse<String> clients = Http.send("GET", "/clients.xhtml", null, null);
        assertEquals(302, clients.statusCode());
        assertEquals("/crmir/login.xhtml", clients.headers().firstValue("Location").orElse(""));
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
        assertTrue(missing.contains("<title>Page not found · CRMir</title>"), missing);
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
