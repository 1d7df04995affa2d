package org.crmir.identity.web;

/** A sign-in through the OpenID Connect provider that cannot go on: provider unreachable, or a token refused. */
public class OidcException extends RuntimeException {

    public OidcException(String message) {
        super(message);
    }
}
