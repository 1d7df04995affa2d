package org.crmir.identity.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in to this HTTP session (their username, and their name as the header shows it), when the account
 * was last checked to still be active (the name is read again at each check), and when they signed in (an ending
 * of sign-ins made after it covers this session: {@link SignedInSessions#endedSince}).
 * Public: kept in the HTTP session, which a cluster marshals from another module.
 */
public record SessionIdentity(String username, String displayName, Set<String> roles, Instant checkedAt,
        Instant signedInAt) implements Serializable {
}
