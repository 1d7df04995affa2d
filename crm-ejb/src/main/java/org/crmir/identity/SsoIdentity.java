package org.crmir.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who the OpenID Connect provider says signed in, from a checked ID token (or API access token).
 *
 * @param subject      the provider's {@code sub}: the link to the CRMir user
 * @param nameClaim    the claim the CRMir username is derived from at the first sign-in (may be null)
 * @param displayName  the person's name (may be null)
 * @param email        the e-mail address (may be null)
 * @param roles        the CRMir roles the user's groups map to (empty: none mapped)
 */
public record SsoIdentity(String subject, String nameClaim, String displayName, String email, Set<Role> roles)
        implements Serializable {
}
