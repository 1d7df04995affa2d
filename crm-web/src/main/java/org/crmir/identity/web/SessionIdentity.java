package org.crmir.identity.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who is signed in to this HTTP session, and when the account was last checked to still be active. */
record SessionIdentity(String username, Set<String> roles, Instant checkedAt) implements Serializable {
}
