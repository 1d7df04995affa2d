package org.crmir.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts a Faces form over real HTTP as a browser would: its fields, its button, the page's view state and nonce. */
public final class FacesForms {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");

    private FacesForms() {
    }

    /**
     * Submits form {@code formId} of {@code page} (the HTML it was read from) to {@code path} with {@code fields}
     * (ids inside the form, without the form's prefix) and the non-Ajax button {@code button}.
     */
    public static HttpResponse<String> submit(HttpClient browser, String path, String page, String formId,
            Map<String, String> fields, String button) throws Exception {
        return post(browser, path, page, formId, fields, button, HttpResponse.BodyHandlers.ofString());
    }

    /** As {@link #submit}, for a button that answers with a file: its bytes. */
    public static HttpResponse<byte[]> download(HttpClient browser, String path, String page, String formId,
            Map<String, String> fields, String button) throws Exception {
        return post(browser, path, page, formId, fields, button, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> post(HttpClient browser, String path, String page, String formId,
            Map<String, String> fields, String button, HttpResponse.BodyHandler<T> answer) throws Exception {
        StringBuilder body = new StringBuilder(enc(formId) + "=" + enc(formId));
        fields.forEach((name, value) -> body.append('&').append(enc(formId + ":" + name)).append('=').append(enc(value)));
        body.append('&').append(enc(formId + ":" + button)).append('=').append(pageState(page));
        return browser.send(formPost(path, body.toString()).build(), answer);
    }

    /** The page's view state and nonce, as the end of a form's body ("&jakarta.faces.ViewState=..."). */
    private static String pageState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new AssertionError("No view state on the page:\n" + page);
        }
        return "&jakarta.faces.ViewState=" + enc(state.group(1)) + WebSession.nonceOf(page);
    }

    private static HttpRequest.Builder formPost(String path, String body) {
        return HttpRequest.newBuilder(URI.create(Http.base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * What a deferred panel ({@code p:outputPanel deferred="true"}) of {@code page} shows once loaded, as the browser
     * asks for it right after the page: the Ajax answer that renders panel {@code panelId} (a client id) of form
     * {@code formId}.
     */
    public static String loadDeferred(HttpClient browser, String path, String page, String formId, String panelId)
            throws Exception {
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(panelId)
                + "&jakarta.faces.partial.execute=" + enc(panelId) + "&jakarta.faces.partial.render=" + enc(panelId)
                + "&" + enc(panelId + "_load") + "=true&" + enc(formId) + "=" + enc(formId) + pageState(page);
        HttpResponse<String> loaded = browser.send(formPost(path, body).header("Faces-Request", "partial/ajax").build(),
                HttpResponse.BodyHandlers.ofString());
        if (loaded.statusCode() != 200 || !loaded.body().contains("<partial-response")
                || loaded.body().contains("<error>")) {
            throw new AssertionError("Panel " + panelId + " did not load: " + loaded.statusCode() + "\n"
                    + loaded.body());
        }
        return loaded.body();
    }

    /** A GET of {@code path}, any status. */
    public static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(Http.base() + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
