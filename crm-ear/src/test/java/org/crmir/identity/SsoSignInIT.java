package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.crmir.support.Eventually;
import org.crmir.support.ForeignTokens;
import org.crmir.support.Http;
import org.crmir.support.Keycloak;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on over the wire against the real Keycloak: the authorization request CRMir makes (PKCE S256, state,
 * nonce), a sign-in that completes, answers that must be refused (a changed state, an answer to no sign-in), and
 * the API taking the provider's access tokens but nothing that only looks like one, nor an expired one. Refusals
 * end on the sign-in page with a message, or as 401; never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoSignInIT {

    private static final String PASSWORD = "Sso-Test-2026";

    private final HttpClient crmir = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theAuthorizationRequestCarriesPkceStateAndNonceAndTheAnswerSignsIn() throws Exception {
        String user = Keycloak.randomName("sso-viewer");
        Keycloak.createUser(user, PASSWORD, "crm-viewers");
        URI authorization = startSignIn();
        assertTrue(authorization.toString().startsWith(Keycloak.issuer() + "/protocol/openid-connect/auth?"),
                authorization.toString());
        assertEquals("S256", Keycloak.queryParameter(authorization, "code_challenge_method"));
        assertEquals(43, Keycloak.queryParameter(authorization, "code_challenge").length());
        assertTrue(Keycloak.queryParameter(authorization, "state").length() >= 43);
        assertTrue(Keycloak.queryParameter(authorization, "nonce").length() >= 43);
        assertEquals(Keycloak.publicUrl() + "/sso/callback", Keycloak.queryParameter(authorization, "redirect_uri"));

        HttpResponse<String> answer = get(Keycloak.signInAt(authorization, user, PASSWORD));
        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals("/crmir/dashboard.xhtml", answer.headers().firstValue("Location").orElse(""));
        assertEquals(200, get(URI.create(Http.base() + "/dashboard.xhtml")).statusCode());
    }

    @Test
    void aChangedStateIsRefused() throws Exception {
        String user = Keycloak.randomName("sso-state");
        Keycloak.createUser(user, PASSWORD, "crm-viewers");
        URI callback = Keycloak.signInAt(startSignIn(), user, PASSWORD);
        String state = Keycloak.queryParameter(callback, "state");
        // one character changed; never to itself (a state that already begins with "x" would stay as it was)
        char other = state.charAt(0) == 'x' ? 'y' : 'x';
        URI tampered = URI.create(callback.toString().replace("state=" + state, "state=" + other + state.substring(1)));
        assertRefusedToSignInPage(get(tampered));
        // the genuine answer came too late: a sign-in takes one answer
        assertRefusedToSignInPage(get(callback));
    }

    @Test
    void anAnswerToNoSignInIsRefused() throws Exception {
        assertRefusedToSignInPage(get(URI.create(Http.base() + "/sso/callback?code=abc&state=def")));
    }

    @Test
    void theApiTakesTheProvidersAccessTokens() {
        String user = Keycloak.randomName("sso-api");
        Keycloak.createUser(user, PASSWORD, "crm-sales");
        String accessToken = Keycloak.tokensFor(user, PASSWORD, "n-" + user).getString("access_token");
        HttpResponse<String> clients = Http.send("GET", "/api/v1/clients?limit=1", accessToken, null);
        assertEquals(200, clients.statusCode(), clients.body());
    }

    @Test
    void theApiRefusesTokensThatAreNotTheProvidersOrNotForIt() {
        String user = Keycloak.randomName("sso-api-refused");
        Keycloak.createUser(user, PASSWORD, "crm-admins");
        var tokens = Keycloak.tokensFor(user, PASSWORD, "n-" + user);

        // signed with a key the provider never had, though naming the right issuer and audience
        assertRefused(ForeignTokens.sign(ForeignTokens.claims(Keycloak.issuer(), "crmir", "someone").build()));
        // the provider's token with its claims changed: the signature no longer fits
        String[] parts = tokens.getString("access_token").split("\\.");
        String changed = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("crm-admins", "crm-adminz").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRefused(parts[0] + "." + changed + "." + parts[2]);
        // an ID token is for CRMir's sign-in, not for the API
        assertRefused(tokens.getString("id_token"));
        // unsigned
        assertRefused("eyJhbGciOiJub25lIn0." + parts[1] + ".");
    }

    @Test
    void anExpiredAccessTokenIsRefused() throws Exception {
        com.nimbusds.jose.jwk.RSAKey key = ForeignTokens.newKey();
        String[] added = Keycloak.addVerificationKey(key); // the realm now publishes this key too
        try {
            String subject = UUID.randomUUID().toString();
            // in date and signed with a published key: taken (once CRMir has re-read the keys for the new key id)
            String fresh = ForeignTokens.sign(ForeignTokens.claims(Keycloak.issuer(), "crmir", subject)
                    .claim("preferred_username", Keycloak.randomName("expiry")).build(), key, added[0]);
            Eventually.until(Duration.ofSeconds(90), () -> Http.send("GET", "/api/v1/clients?limit=1", fresh, null)
                    .statusCode(), status -> status == 200);
            // the same, expired two minutes ago (beyond the minute of clock skew allowed)
            Instant past = Instant.now().minus(Duration.ofMinutes(10));
            String expired = ForeignTokens.sign(ForeignTokens.claims(Keycloak.issuer(), "crmir", subject)
                    .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(8)))).build(),
                    key, added[0]);
            assertRefused(expired);
        } finally {
            Keycloak.removeComponent(added[1]);
        }
    }

    private static void assertRefused(String token) {
        HttpResponse<String> answer = Http.send("GET", "/api/v1/clients?limit=1", token, null);
        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("problem+json"), answer.body());
    }

    private void assertRefusedToSignInPage(HttpResponse<String> answer) throws Exception {
        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals("/crmir/login.xhtml?sso=failed", answer.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = get(URI.create(Http.base() + "/login.xhtml?sso=failed"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Signing in with Keycloak did not work"), page.body());
        assertEquals(302, get(URI.create(Http.base() + "/dashboard.xhtml")).statusCode(), "not signed in");
    }

    /** Starts a sign-in at CRMir; returns where CRMir sends the browser (the provider's authorization URL). */
    private URI startSignIn() throws Exception {
        HttpResponse<String> start = get(URI.create(Http.base() + "/sso/start"));
        assertEquals(302, start.statusCode(), start.body());
        return URI.create(start.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return crmir.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
