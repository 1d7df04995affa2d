package org.crmir.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for what the JDK's client will not send: a {@code Host} header of the test's
 * choosing, as a hostile client (or a misconfigured proxy) would send it.
 */
public final class RawHttp {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    /** A response: status, headers (lower-case names) and the body as text. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /** The session cookie this response set, as "CRMIRSESSION=...", or null. */
        public String sessionCookie() {
            List<String> cookies = headers.getOrDefault("set-cookie", List.of());
            return cookies.stream().filter(c -> c.startsWith("CRMIRSESSION=")).map(c -> c.split(";", 2)[0])
                    .findFirst().orElse(null);
        }

        public String viewState() {
            Matcher state = VIEW_STATE.matcher(body);
            return state.find() ? state.group(1) : null;
        }

        /**
         * What a browser posts back with a form of this page: the view state and the page's script nonce, which
         * PrimeFaces (Content-Security-Policy mode) expects back, as url-encoded parameters.
         */
        public String postBack() {
            Matcher nonce = NONCE.matcher(body);
            return "jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState(), StandardCharsets.UTF_8)
                    + (nonce.find() ? "&primefaces.nonce=" + nonce.group(1) : "");
        }
    }

    private RawHttp() {
    }

    /** Sends to the test server with the given Host header; {@code form} (url-encoded) makes it a POST. */
    public static Answer send(String method, String path, String host, String cookie, String form) {
        List<String> headers = new ArrayList<>(List.of("Accept: text/html"));
        if (cookie != null) {
            headers.add("Cookie: " + cookie);
        }
        return send(method, path, host, headers, form, "application/x-www-form-urlencoded");
    }

    /** Sends an API request (JSON body, bearer token) to the test server with the given Host header. */
    public static Answer sendJson(String method, String path, String host, String token, String json) {
        return send(method, path, host, List.of("Accept: application/json", "Authorization: Bearer " + token),
                json, "application/json");
    }

    private static Answer send(String method, String path, String host, List<String> headers, String text,
            String contentType) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 100);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            headers.forEach(header -> request.append(header).append("\r\n"));
            byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            if (text != null) {
                request.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ")
                        .append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
        return new Answer(status, headers, new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
                size.append((char) c);
            }
            int length = Integer.parseInt(size.toString().strip().split(";")[0], 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.skip(2); // the chunk's CRLF
        }
    }
}
