package org.crmir.identity;

import java.time.Instant;

/**
 * Where a user's account stands, as the users page shows it. An invited person is an active user without a password
 * until they choose one through their link, so "active" alone would say they can sign in when they cannot.
 */
public enum AccountStatus {
    /** Can sign in: has a password, or signs in through single sign-on. */
    ACTIVE,
    /** Invited; the link works and its e-mail went out (or is still on its way). */
    INVITED,
    /** Invited, but the link lapsed before it was used: the invitation must be sent again. */
    INVITATION_EXPIRED,
    /** Invited, but the e-mail carrying the link could not be sent: the person never got it. */
    INVITATION_NOT_SENT,
    /** No password and no working invitation (its link was withdrawn, say when the address changed). */
    NO_PASSWORD,
    /** Deactivated: cannot sign in at all. */
    INACTIVE;

    /**
     * The status of {@code user}, given their open link (neither used nor revoked; at most one exists, since a new
     * link revokes the older ones), or null when they have none.
     */
    public static AccountStatus of(UserAccount user, AccountLink openLink, Instant now) {
        if (!user.isActive()) {
            return INACTIVE;
        }
        if (user.hasPassword() || user.getSsoSubject() != null) {
            return ACTIVE;
        }
        if (openLink == null || openLink.getPurpose() != AccountLink.Purpose.INVITATION) {
            return NO_PASSWORD;
        }
        if (openLink.isMailFailed()) {
            return INVITATION_NOT_SENT;
        }
        return openLink.state(now) == AccountLink.State.EXPIRED ? INVITATION_EXPIRED : INVITED;
    }

    /** Whether an administrator can send the invitation (again) to this user. */
    public boolean awaitsInvitation() {
        return this == INVITED || this == INVITATION_EXPIRED || this == INVITATION_NOT_SENT || this == NO_PASSWORD;
    }
}
