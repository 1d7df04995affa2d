package org.crmir.identity;

import java.io.Serializable;
import java.util.Set;

/** What an administrator fills in to invite a person: they choose their password themselves. */
public record NewInvitation(String username, String displayName, String email, Set<Role> roles)
        implements Serializable {
}
