package org.crmir.identity.web;

import jakarta.security.enterprise.credential.Credential;
import org.crmir.identity.SsoIdentity;

/**
 * An identity the provider vouched for in an ID token that CRMir has checked (signature, issuer, audience, expiry,
 * nonce), handed to the authentication mechanism by the sign-in callback, with what sign-out needs later.
 *
 * @param identity  who, with the mapped roles
 * @param idToken   the raw ID token, sent back as {@code id_token_hint} at sign-out
 * @param sessionId the provider's session ({@code sid}), which a back-channel logout names; may be null
 * @param offlineToken the provider's offline refresh token, kept for the directory check; null when not granted
 */
public record SsoCredential(SsoIdentity identity, String idToken, String sessionId, String offlineToken)
        implements Credential {
}
