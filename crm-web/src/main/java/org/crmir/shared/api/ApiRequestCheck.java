package org.crmir.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Checks what RESTEasy reads before any JAX-RS code runs, so that the client gets problem+json naming the header
 * instead of a bare HTML "Bad Request": a malformed {@code Accept} or {@code Content-Type} (such as
 * {@code *}{@code /*;q=abc}) is a 400, and a body announced larger than {@link #MAX_BODY_BYTES} is a 413 before
 * any of it is read (a client sending {@code Expect: 100-continue} never sends it at all).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiRequestCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest request the API takes: a contract document of 10 MB, with room for its framing. */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024 + 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            // Undertow closes the connection rather than read an unread body this large; say so up front.
            response.setHeader("Connection", "close");
            refuse(response, 413, "Request too large", "A request body is at most 10 MB.");
            return;
        }
        List<String> accept = Collections.list(request.getHeaders("Accept"));
        if (!accept.stream().allMatch(ApiRequestCheck::acceptable)) {
            refuse(response, 400, "Bad request", "The Accept header is not a list of media types with q values"
                    + " from 0 to 1, such as 'application/json' or '*/*;q=0.8'.");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && parse(contentType) == null) {
            refuse(response, 400, "Bad request", "The Content-Type header is not a media type such as"
                    + " 'application/json'.");
            return;
        }
        if (contentType != null && !knownCharset(parse(contentType))) {
            refuse(response, 415, "Unsupported media type", "The charset of the Content-Type header is unknown;"
                    + " send UTF-8.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean knownCharset(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return charset == null || java.nio.charset.Charset.isSupported(charset.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.json(status, title, detail, List.of(), null));
    }

    private static boolean acceptable(String accept) {
        for (String element : accept.split(",")) {
            if (element.isBlank()) {
                continue;
            }
            MediaType type = parse(element);
            if (type == null) {
                return false;
            }
            String q = type.getParameters().get("q");
            if (q != null && !quality(q.strip())) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110: 0 to 1 with at most three decimals. */
    private static boolean quality(String q) {
        return q.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
    }

    private static MediaType parse(String text) {
        try {
            MediaType type = MediaType.valueOf(text.strip());
            return type.getType().isEmpty() || type.getSubtype().isEmpty() ? null : type;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
