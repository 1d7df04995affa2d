package org.crmir.identity;

import java.io.Serializable;
import java.time.Instant;

/** An invited user who has not chosen a password yet, as the users page lists them. */
public record PendingInvitation(long userId, String username, String displayName, String email, Instant invitedAt,
        Instant expiresAt, AccountStatus status) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public long getUserId() { return userId; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public AccountStatus getStatus() { return status; }

    /** The link lapsed unused: it must be sent again. */
    public boolean expired() { return status == AccountStatus.INVITATION_EXPIRED; }
    public boolean isExpired() { return expired(); }
}
