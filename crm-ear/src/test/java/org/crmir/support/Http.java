package org.crmir.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP calls to the deployed application, from inside the server or from the test JVM. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /** The application's root URL on the test server (port offset 100). */
    public static String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 100);
        return "http://127.0.0.1:" + (8080 + offset) + "/crmir";
    }

    public static HttpResponse<String> send(String method, String path, String token, String json) {
        return send(method, path, token, json, "application/json");
    }

    public static HttpResponse<String> send(String method, String path, String token, String body,
            String contentType) {
        return send(method, path, token, body, contentType, java.util.Map.of());
    }

    public static HttpResponse<String> send(String method, String path, String token, String body,
            String contentType, java.util.Map<String, String> headers) {
        return sendTo(base(), method, path, token, body, contentType, headers);
    }

    /** The same to another server than the test server: {@code root} is its application's root URL. */
    public static HttpResponse<String> sendTo(String root, String method, String path, String token, String body,
            String contentType, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
