package org.crmir.identity;

import java.io.Serializable;
import java.util.Set;

/** What an administrator fills in to create a user. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String password)
        implements Serializable {
}
