package org.crmir.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A user as the users list shows it. */
public record UserSummary(long id, String username, String displayName, String email, Set<Role> roles,
        boolean active, Instant createdAt, long version, String deactivatedReason) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** Why CRMir deactivated the account by itself (the company directory said so); null otherwise. */
    public String getDeactivatedReason() {
        return deactivatedReason;
    }

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles(), user.isActive(), user.getCreatedAt(), user.getVersion(),
                user.getDeactivatedReason());
    }
}
