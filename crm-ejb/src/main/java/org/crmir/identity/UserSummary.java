package org.crmir.identity;

import java.time.Instant;
import java.util.Set;

/** A user as the users list shows it. */
public record UserSummary(long id, String username, String displayName, String email, Set<Role> roles,
        boolean active, Instant createdAt, long version) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles(), user.isActive(), user.getCreatedAt(), user.getVersion());
    }
}
