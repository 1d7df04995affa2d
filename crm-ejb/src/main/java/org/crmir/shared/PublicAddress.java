package org.crmir.shared;

import java.util.Optional;

/**
 * Where the world reaches CRMir: {@code CRMIR_PUBLIC_URL}, never a request's Host header, which the client chooses.
 * Public links are built on it, and webhooks refuse to be sent to it.
 */
public final class PublicAddress {

    /** The environment variable with the address the world reaches CRMir at. */
    public static final String VARIABLE = "CRMIR_PUBLIC_URL";

    private PublicAddress() {
    }

    /** Where the world reaches CRMir, without a trailing slash; empty when not configured. */
    public static Optional<String> url() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(url.strip().replaceAll("/+$", ""));
    }
}
