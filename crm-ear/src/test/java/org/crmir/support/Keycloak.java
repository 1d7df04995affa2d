package org.crmir.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Keycloak that {@code bin/crmir test} starts (realm {@code crmir}, server-config/src/main/keycloak): its
 * admin REST API for the tests' users, groups and sessions, and its sign-in form, filled in as a browser would.
 */
public final class Keycloak {

    public static final String REALM = "crmir";
    public static final String CLIENT_ID = "crmir";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private Keycloak() {
    }

    /** Keycloak's root URL, reached as localhost; fails with a clear message when the tests run without one. */
    public static String url() {
        String url = System.getenv("CRMIR_KEYCLOAK_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The single sign-on tests need the local Keycloak: run them through"
                    + " bin/crmir test, which starts it and sets CRMIR_KEYCLOAK_URL and CRMIR_OIDC_*");
        }
        return url;
    }

    /** CRMir's client secret, made by bin/crmir at each start of the local Keycloak and given to the server too. */
    static String clientSecret() {
        url(); // the same clear failure without the local Keycloak
        return System.getenv("CRMIR_OIDC_CLIENT_SECRET");
    }

    public static String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** CRMir's public URL as the server knows it; the realm's client was imported with it. */
    public static String publicUrl() {
        return System.getenv().getOrDefault("CRMIR_PUBLIC_URL", Http.base());
    }

    // ------------------------------------------------------------------ admin REST API

    /** A new user of the realm in these groups, with a random name; returns its id. */
    public static String createUser(String username, String password, String... groups) {
        JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("firstName", "Test").add("lastName", username).add("email", username + "@crmir.example")
                .add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false)))
                .build();
        HttpResponse<String> created = admin("POST", "/users", user.toString());
        check(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (String group : groups) {
            check(admin("PUT", "/users/" + id + "/groups/" + groupId(group), null), 204);
        }
        return id;
    }

    public static void removeFromGroup(String userId, String group) {
        check(admin("DELETE", "/users/" + userId + "/groups/" + groupId(group), null), 204);
    }

    /** Disables the user in the realm, as an administrator does when someone leaves the company. */
    public static void disable(String userId) {
        check(admin("PUT", "/users/" + userId, Json.createObjectBuilder().add("enabled", false).build().toString()),
                204);
    }

    /** Ends all of the user's sessions at Keycloak, which tells the clients by back-channel logout. */
    public static void logOutEverywhere(String userId) {
        check(admin("POST", "/users/" + userId + "/logout", null), 204);
    }

    /** How many sessions the user has at Keycloak. */
    public static int sessionCount(String userId) {
        HttpResponse<String> sessions = admin("GET", "/users/" + userId + "/sessions", null);
        check(sessions, 200);
        return Json.createReader(new StringReader(sessions.body())).readArray().size();
    }

    /**
     * Gives the realm one more (low-priority, so never chosen for signing) RSA key: tokens the test signs with it
     * verify against the realm's published keys. Returns the key id Keycloak publishes it under, and the
     * component to remove afterwards.
     */
    public static String[] addVerificationKey(com.nimbusds.jose.jwk.RSAKey key) {
        try {
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toPrivateKey().getEncoded()) + "\n-----END PRIVATE KEY-----";
            HttpResponse<String> realm = admin("GET", "", null);
            check(realm, 200);
            JsonObject component = Json.createObjectBuilder().add("name", "test-key-" + UUID.randomUUID())
                    .add("providerId", "rsa").add("providerType", "org.keycloak.keys.KeyProvider")
                    .add("parentId", json(realm.body()).getString("id"))
                    .add("config", Json.createObjectBuilder()
                            .add("priority", Json.createArrayBuilder().add("-100"))
                            .add("enabled", Json.createArrayBuilder().add("true"))
                            .add("active", Json.createArrayBuilder().add("true"))
                            .add("algorithm", Json.createArrayBuilder().add("RS256"))
                            .add("privateKey", Json.createArrayBuilder().add(pem)))
                    .build();
            HttpResponse<String> created = admin("POST", "/components", component.toString());
            check(created, 201);
            String location = created.headers().firstValue("Location").orElseThrow();
            String modulus = key.getModulus().toString();
            HttpResponse<String> keys = send(HttpRequest.newBuilder(
                    URI.create(issuer() + "/protocol/openid-connect/certs")).GET().build());
            String kid = json(keys.body()).getJsonArray("keys").stream().map(JsonValue::asJsonObject)
                    .filter(k -> modulus.equals(k.getString("n", ""))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak does not publish the added key"))
                    .getString("kid");
            return new String[] {kid, location.substring(location.lastIndexOf('/') + 1)};
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void removeComponent(String id) {
        check(admin("DELETE", "/components/" + id, null), 204);
    }

    public static String randomName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String groupId(String name) {
        HttpResponse<String> found = admin("GET", "/groups?exact=true&search=" + encode(name), null);
        check(found, 200);
        JsonArray groups = Json.createReader(new StringReader(found.body())).readArray();
        return groups.stream().map(JsonValue::asJsonObject).filter(g -> name.equals(g.getString("name")))
                .findFirst().orElseThrow(() -> new IllegalStateException("No group " + name)).getString("id");
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + adminToken());
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    private static String adminToken() {
        url(); // the same clear failure without the local Keycloak
        String password = System.getenv("CRMIR_KEYCLOAK_ADMIN_PASSWORD"); // made by bin/crmir at each start
        HttpResponse<String> token = send(HttpRequest.newBuilder(
                        URI.create(url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + encode(password))).build());
        check(token, 200);
        return json(token.body()).getString("access_token");
    }

    // ------------------------------------------------------------------ the sign-in form

    /**
     * Signs {@code username} in at Keycloak, following {@code authorizationUrl} (cookies kept per host, as a
     * browser would), and returns where Keycloak then sends the browser: CRMir's callback with code and state.
     */
    public static URI signInAt(URI authorizationUrl, String username, String password) {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> form = send(withCookies(HttpRequest.newBuilder(authorizationUrl), cookies).GET().build());
        keep(form, cookies);
        check(form, 200);
        Matcher action = FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak showed no sign-in form:\n" + form.body());
        }
        HttpResponse<String> answer = send(withCookies(HttpRequest.newBuilder(
                        URI.create(action.group(1).replace("&amp;", "&"))), cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&credentialId=")).build());
        check(answer, 302);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    /**
     * The realm's tokens for this user, as CRMir's client gets them: authorization code flow with PKCE, the code
     * redeemed with the client secret. {@code nonce} goes into the ID token.
     */
    public static JsonObject tokensFor(String username, String password, String nonce) {
        return tokensFor(username, password, nonce, "openid");
    }

    /** As {@link #tokensFor(String, String, String)}, asking for these scopes ({@code offline_access} too). */
    public static JsonObject tokensFor(String username, String password, String nonce, String scopes) {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String redirect = publicUrl() + "/sso/callback";
        URI authorization = URI.create(issuer() + "/protocol/openid-connect/auth?response_type=code"
                + "&client_id=" + CLIENT_ID + "&scope=" + encode(scopes) + "&redirect_uri=" + encode(redirect)
                + "&state=test&nonce=" + encode(nonce) + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256");
        String code = queryParameter(signInAt(authorization, username, password), "code");
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(redirect) + "&code_verifier=" + verifier)).build());
        check(tokens, 200);
        return json(tokens.body());
    }

    public static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + uri);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
        request.timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return request;
    }

    /** Keycloak's cookies are Secure; Java's cookie manager would not send them over http, so they are kept here. */
    private static void keep(HttpResponse<String> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " (expected " + expected
                    + ") to " + response.request().method() + " " + response.request().uri() + ":\n"
                    + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
