package org.crmir.identity.web;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token sent as {@code Authorization: Bearer <token>}. */
public final class BearerTokenCredential implements Credential {

    private final String token;

    public BearerTokenCredential(String token) {
        this.token = token;
    }

    public String getToken() {
        return token;
    }
}
