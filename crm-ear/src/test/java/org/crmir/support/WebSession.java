package org.crmir.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session over real HTTP: the sign-in form posted with its view state, the session cookie kept. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private WebSession() {
    }

    /** Signed in as {@code username} (a test user, password {@link TestUsers#PASSWORD}). */
    public static HttpClient signedIn(String username) throws Exception {
        return signedIn(username, TestUsers.PASSWORD);
    }

    /** Signed in as {@code username} with {@code password}. */
    public static HttpClient signedIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = page(browser, "/login.xhtml", 200);
        Matcher state = VIEW_STATE.matcher(form);
        assertTrue(state.find(), form);
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword="
                + enc(password) + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(state.group(1))
                + nonceOf(form);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(Http.base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, posted.statusCode(), posted.body());
        return browser;
    }

    /** GETs a page and checks its status; returns the body. */
    public static String page(HttpClient browser, String path, int status) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(Http.base() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /**
     * The page's script nonce as a url-encoded "&primefaces.nonce=..." parameter (or ""): PrimeFaces, in its
     * Content-Security-Policy mode, refuses a form posted back without it, as a browser always sends it.
     */
    public static String nonceOf(String page) {
        Matcher nonce = NONCE.matcher(page);
        return nonce.find() ? "&primefaces.nonce=" + enc(nonce.group(1)) : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
