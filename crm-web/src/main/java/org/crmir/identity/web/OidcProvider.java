package org.crmir.identity.web;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.crmir.identity.OidcSettings;

/**
 * The configured OpenID Connect provider as CRMir talks to it: its discovery document (read at first use, and
 * again after a failure), the token endpoint, and its signing keys (JWKS, cached and re-read when an unknown key
 * id appears, as after a key rotation). Which claims each kind of token must carry is {@link OidcTokens}' job.
 */
@ApplicationScoped
public class OidcProvider {

    /** The signature algorithms providers use; "none" and the HMAC family (a shared secret) are never taken. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String OFFLINE_ACCESS = "offline_access";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final OidcSettings fixed;
    private volatile Endpoints endpoints;

    /** Where the provider's endpoints are, its keys, and whether it grants offline access. */
    record Endpoints(URI authorization, URI token, URI endSession, JWKSource<SecurityContext> keys,
            boolean offlineAccess) {
    }

    /** What the token endpoint gave for a code: the ID token, and an offline refresh token when it granted one. */
    record Redeemed(String idToken, String offlineToken) {
    }

    /**
     * The directory's answer to a refresh: the person is still there (with the token to use next time, when the
     * provider rotated it), or gone ({@code invalid_grant}, with the provider's words).
     */
    record DirectoryAnswer(boolean gone, String refreshToken, String providerSays) {
    }

    /** The provider of this server's settings (CRMIR_OIDC_*). */
    public OidcProvider() {
        this(null);
    }

    /** A provider with other settings than the server's: for asking another (or an unreachable) provider. */
    public OidcProvider(OidcSettings settings) {
        this.fixed = settings;
    }

    public boolean configured() {
        return fixed != null || OidcSettings.current().isPresent();
    }

    public OidcSettings settings() {
        return fixed != null ? fixed : OidcSettings.current()
                .orElseThrow(() -> new OidcException("No OpenID Connect provider is configured"));
    }

    Endpoints endpoints() {
        Endpoints known = endpoints;
        if (known == null) {
            known = discover();
            endpoints = known;
        }
        return known;
    }

    private Endpoints discover() {
        OidcSettings settings = settings();
        String issuer = settings.issuer();
        JsonObject document = getJson(URI.create((issuer.endsWith("/") ? issuer : issuer + "/")
                + ".well-known/openid-configuration"));
        // A document naming another issuer would make every token check meaningless (OIDC Discovery 4.3).
        if (!issuer.equals(document.getString("issuer", null))) {
            throw new OidcException("The provider's discovery document names issuer '"
                    + document.getString("issuer", "") + "', not the configured " + issuer);
        }
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(
                            URI.create(document.getString("jwks_uri")).toURL(),
                            new DefaultResourceRetriever((int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), 512 * 1024))
                    .retrying(true).build();
            String endSession = document.getString("end_session_endpoint", null);
            boolean offline = document.containsKey("scopes_supported") && document.getJsonArray("scopes_supported")
                    .getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(scope -> OFFLINE_ACCESS.equals(scope.getString()));
            return new Endpoints(URI.create(document.getString("authorization_endpoint")),
                    URI.create(document.getString("token_endpoint")),
                    endSession == null ? null : URI.create(endSession), keys, offline);
        } catch (java.net.MalformedURLException | RuntimeException e) {
            throw new OidcException("The provider's discovery document is incomplete: " + e.getMessage());
        }
    }

    /** A processor checking signature (against the provider's keys), header type and claims of a token. */
    DefaultJWTProcessor<SecurityContext> processor(DefaultJWTClaimsVerifier<SecurityContext> claims) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, endpoints().keys()));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), new JOSEObjectType("logout+jwt"), null));
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    /**
     * The scopes CRMir asks for: with {@code offline_access} (the directory check's grant) only when configured
     * and the provider offers it. Not by default: Keycloak 26 then refuses sign-in to users without its
     * offline_access role, and keeps no online session for the sign-in, so back-channel logout stops.
     */
    String scopes() {
        return "openid profile email" + (settings().offlineAccess() && endpoints().offlineAccess()
                ? " " + OFFLINE_ACCESS : "");
    }

    /** Redeems an authorization code (with its PKCE verifier) for the provider's tokens. */
    Redeemed redeem(String code, String codeVerifier) {
        JsonObject answer = send(tokenRequest("grant_type=authorization_code&code=" + encode(code)
                + "&redirect_uri=" + encode(settings().redirectUri())
                + "&code_verifier=" + encode(codeVerifier))).body();
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new OidcException("The token endpoint answered without an ID token: "
                    + answer.getString("error", "") + " " + answer.getString("error_description", ""));
        }
        // Only an offline token outlives the provider's browser session: a plain refresh token is refused once the
        // person signs out there, which must not read as "left the company".
        boolean offline = (" " + answer.getString("scope", "") + " ").contains(" " + OFFLINE_ACCESS + " ");
        return new Redeemed(idToken, offline ? answer.getString("refresh_token", null) : null);
    }

    /**
     * Asks the provider whether the person behind this offline refresh token is still there, by redeeming it. Only
     * {@code invalid_grant} says "gone"; anything else (unreachable, a 5xx, another error) throws: an outage must
     * never end anyone's access.
     */
    DirectoryAnswer refresh(String refreshToken) {
        Answer answer = send(tokenRequest("grant_type=refresh_token&refresh_token=" + encode(refreshToken)));
        JsonObject body = answer.body();
        if (answer.status() == 400 && "invalid_grant".equals(body.getString("error", null))) {
            return new DirectoryAnswer(true, null, body.getString("error_description", "invalid_grant"));
        }
        if (answer.status() / 100 != 2 || body.containsKey("error")) {
            throw new OidcException("The provider answered " + answer.status() + " "
                    + body.getString("error", "") + " to a refresh");
        }
        return new DirectoryAnswer(false, body.getString("refresh_token", null), null);
    }

    /** A request to the token endpoint, authenticated with {@code client_secret_basic}. */
    private HttpRequest tokenRequest(String form) {
        OidcSettings settings = settings();
        // client_secret_basic: the id and secret form-encoded, then Base64 (RFC 6749 2.3.1)
        String basic = java.util.Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":"
                + encode(settings.clientSecret())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(endpoints().token()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** The provider's sign-out address for RP-initiated logout, when it has one. */
    Optional<URI> endSessionEndpoint() {
        return Optional.ofNullable(endpoints().endSession());
    }

    URI authorizationEndpoint() {
        return endpoints().authorization();
    }

    private JsonObject getJson(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build())
                .body();
    }

    private record Answer(int status, JsonObject body) {
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new OidcException("The provider cannot be reached at " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("Interrupted while asking the provider");
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            if (response.statusCode() / 100 != 2 && !body.containsKey("error")) {
                throw new OidcException("The provider answered " + response.statusCode() + " at " + request.uri());
            }
            return new Answer(response.statusCode(), body);
        } catch (jakarta.json.JsonException e) {
            throw new OidcException("The provider answered " + response.statusCode() + " without JSON at "
                    + request.uri());
        }
    }

    /** Forgets the discovered endpoints, so that the next use reads them again (after the provider moved). */
    void forget() {
        endpoints = null;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Claims of a checked token, with {@link JWTClaimsSet}'s checked exceptions kept out of callers. */
    static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }
}
