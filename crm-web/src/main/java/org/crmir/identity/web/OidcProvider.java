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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Endpoints endpoints;

    /** Where the provider's endpoints are, and its keys. */
    record Endpoints(URI authorization, URI token, URI endSession, JWKSource<SecurityContext> keys) {
    }

    public boolean configured() {
        return OidcSettings.current().isPresent();
    }

    public OidcSettings settings() {
        return OidcSettings.current().orElseThrow(() -> new OidcException("No OpenID Connect provider is configured"));
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
            return new Endpoints(URI.create(document.getString("authorization_endpoint")),
                    URI.create(document.getString("token_endpoint")),
                    endSession == null ? null : URI.create(endSession), keys);
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

    /** Redeems an authorization code (with its PKCE verifier) for the provider's tokens; returns the ID token. */
    String redeem(String code, String codeVerifier) {
        OidcSettings settings = settings();
        String form = "grant_type=authorization_code&code=" + encode(code)
                + "&redirect_uri=" + encode(settings.redirectUri())
                + "&code_verifier=" + encode(codeVerifier);
        // client_secret_basic: the id and secret form-encoded, then Base64 (RFC 6749 2.3.1)
        String basic = java.util.Base64.getEncoder().encodeToString((encode(settings.clientId()) + ":"
                + encode(settings.clientSecret())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoints().token()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonObject answer = send(request);
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new OidcException("The token endpoint answered without an ID token: "
                    + answer.getString("error", "") + " " + answer.getString("error_description", ""));
        }
        return idToken;
    }

    /** The provider's sign-out address for RP-initiated logout, when it has one. */
    Optional<URI> endSessionEndpoint() {
        return Optional.ofNullable(endpoints().endSession());
    }

    URI authorizationEndpoint() {
        return endpoints().authorization();
    }

    private JsonObject getJson(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build());
    }

    private JsonObject send(HttpRequest request) {
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
            return body;
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
