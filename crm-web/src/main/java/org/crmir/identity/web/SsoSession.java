package org.crmir.identity.web;

import java.io.Serializable;

/**
 * What an HTTP session signed in through the provider remembers of it: for sign-out and back-channel logout.
 * Public: kept in the HTTP session, which a cluster marshals from another module.
 */
public record SsoSession(String subject, String providerSessionId, String idToken) implements Serializable {

    static final String SESSION_KEY = "org.crmir.sso.session";
}
