package org.crmir.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks the headers JAX-RS reads before any resource runs: a malformed {@code Accept} or {@code Content-Type}
 * (such as {@code *}{@code /*;q=abc}) is a 400 naming the header instead of a failure inside content negotiation,
 * and a body announced larger than {@link #MAX_BODY_BYTES} is a 413 before any of it is read.
 */
@Provider
@PreMatching
public class RequestHeaderCheck implements ContainerRequestFilter {

    /** The largest request the API takes (a contract document of 10 MB, with room for its framing). */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024 + 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            request.abortWith(Problem.of(413, "Request too large", "A request body is at most 10 MB."));
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !acceptable(accept)) {
            request.abortWith(Problem.of(400, "Bad request", "The Accept header is not a list of media types"
                    + " with q values from 0 to 1, such as 'application/json' or '*/*;q=0.8'."));
            return;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && parse(contentType) == null) {
            request.abortWith(Problem.of(400, "Bad request", "The Content-Type header is not a media type such as"
                    + " 'application/json'."));
        }
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false; // Undertow answers a malformed length itself
        }
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
            if (q != null && !quality(q)) {
                return false;
            }
        }
        return true;
    }

    private static boolean quality(String q) {
        try {
            double value = Double.parseDouble(q.strip());
            return q.strip().length() <= 5 && value >= 0 && value <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static MediaType parse(String text) {
        try {
            return MediaType.valueOf(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
