package org.crmir.identity;

import java.io.Serializable;

/**
 * Signed-in web sessions that must end once the change asking for it is committed: all of one user's (deactivated,
 * or a new password set through a link), or every password sign-in but the break-glass administrator's (password
 * sign-in switched off). Fired as a CDI event; {@link SessionEnds} hands it to the web module, which keeps the
 * sessions.
 *
 * @param username     whose sessions end; null for everyone's
 * @param passwordOnly only sessions signed in with a password end (single sign-on ones stay)
 * @param spared       a user whose sessions stay; null for none
 */
public record SessionsToEnd(String username, boolean passwordOnly, String spared) implements Serializable {

    static SessionsToEnd allOf(String username) {
        return new SessionsToEnd(username, false, null);
    }

    static SessionsToEnd passwordSignInsExcept(String spared) {
        return new SessionsToEnd(null, true, spared);
    }

    /** Whether a session of {@code user}, signed in with a password or not, is one of those to end. */
    public boolean covers(String user, boolean signedInWithPassword) {
        return (!passwordOnly || signedInWithPassword) && !user.equals(spared)
                && (username == null || username.equals(user));
    }
}
