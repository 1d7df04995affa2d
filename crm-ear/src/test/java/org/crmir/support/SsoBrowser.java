package org.crmir.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser-like HTTP session signed in to CRMir through the real Keycloak (authorization code flow). */
public final class SsoBrowser {

    private SsoBrowser() {
    }

    /** Signed in as the Keycloak user {@code username}; fails unless CRMir lands it on the dashboard. */
    public static HttpClient signedIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> start = get(browser, URI.create(Http.base() + "/sso/start"));
        URI callback = Keycloak.signInAt(URI.create(start.headers().firstValue("Location").orElseThrow()), username,
                password);
        HttpResponse<String> landed = get(browser, callback);
        if (!landed.headers().firstValue("Location").orElse("").endsWith("/dashboard.xhtml")) {
            throw new AssertionError("The single sign-on did not land on the dashboard: " + landed.statusCode() + " "
                    + landed.headers().map() + "\n" + landed.body());
        }
        return browser;
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
