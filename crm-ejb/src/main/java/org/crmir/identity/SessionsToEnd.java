package org.crmir.identity;

import java.io.Serializable;
import java.util.Arrays;
import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/**
 * Signed-in web sessions that must end once the change asking for it is committed: all of one user's (deactivated,
 * or a new password set through a link), every password sign-in but the break-glass administrator's (password
 * sign-in switched off), or those of one provider session or subject (a back-channel logout). Fired as a CDI
 * event; {@link SessionEnds} hands it to the web module, which keeps the sessions. A {@link PushEvent} too: on a
 * cluster it reaches the other nodes, which end the sessions they hold.
 *
 * @param username          whose sessions end; null for everyone's
 * @param passwordOnly      only sessions signed in with a password end (single sign-on ones stay)
 * @param spared            a user whose sessions stay; null for none
 * @param providerSessionId a back-channel logout's provider session ({@code sid}); null if none
 * @param subject           a back-channel logout's subject; null if none
 */
public record SessionsToEnd(String username, boolean passwordOnly, String spared, String providerSessionId,
        String subject) implements Serializable, PushEvent {

    /** Between the fields of {@link #detail()}: no username, session id or subject holds it. */
    private static final String SEPARATOR = "\n";

    static SessionsToEnd allOf(String username) {
        return new SessionsToEnd(username, false, null, null, null);
    }

    static SessionsToEnd passwordSignInsExcept(String spared) {
        return new SessionsToEnd(null, true, spared, null, null);
    }

    /** The provider's back-channel logout of this provider session, or (without one) of every session of subject. */
    public static SessionsToEnd providerLogout(String providerSessionId, String subject) {
        return new SessionsToEnd(null, false, null, providerSessionId, subject);
    }

    /** Whether this is a back-channel logout (else a user's or everyone's sessions). */
    public boolean isProviderLogout() {
        return providerSessionId != null || subject != null;
    }

    /** Whether a session of {@code user}, signed in with a password or not, is one of those to end. */
    public boolean covers(String user, boolean signedInWithPassword) {
        return (!passwordOnly || signedInWithPassword) && !user.equals(spared)
                && (username == null || username.equals(user));
    }

    @Override
    public PushTopic topic() {
        return PushTopic.SESSIONS;
    }

    @Override
    public String detail() {
        return String.join(SEPARATOR, text(username), Boolean.toString(passwordOnly), text(spared),
                text(providerSessionId), text(subject));
    }

    /** The sessions to end as another node's {@link #detail()} says. */
    public static SessionsToEnd of(String detail) {
        String[] f = Arrays.copyOf(detail.split(SEPARATOR, -1), 5);
        return new SessionsToEnd(value(f[0]), Boolean.parseBoolean(f[1]), value(f[2]), value(f[3]), value(f[4]));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String value(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
