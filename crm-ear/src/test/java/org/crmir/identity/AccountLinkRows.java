package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Test support: moves a user's links past their expiry (instead of waiting 72 hours), and sets the sign-in switch
 * directly (the service refuses to switch it off unless single sign-on is configured).
 */
@Stateless
@PermitAll
public class AccountLinkRows {

    @PersistenceContext
    EntityManager em;

    public void expireLinksOf(String username) {
        Long userId = em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", username).getSingleResult();
        em.createQuery("UPDATE AccountLink l SET l.expiresAt = :past WHERE l.user.id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", userId).executeUpdate();
    }

    public void passwordSignIn(boolean on, String breakGlassUsername) {
        Long breakGlass = breakGlassUsername == null ? null : em.createQuery(
                "SELECT u.id FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", breakGlassUsername).getSingleResult();
        em.createNativeQuery("UPDATE sign_in_settings SET password_sign_in = ?, break_glass_user_id = ?,"
                + " version = version + 1 WHERE id = 1").setParameter(1, on).setParameter(2, breakGlass).executeUpdate();
    }

    /** As {@link #passwordSignIn}, then holds the row's lock for {@code millis} before committing. */
    public void passwordSignInHeld(boolean on, String breakGlassUsername, long millis) throws InterruptedException {
        passwordSignIn(on, breakGlassUsername);
        Thread.sleep(millis);
    }

    /** Links of this user neither used nor revoked (expired ones included). */
    public long openLinksOf(String username) {
        return em.createQuery("SELECT COUNT(l) FROM AccountLink l WHERE l.user.username = :name"
                + " AND l.usedAt IS NULL AND l.revokedAt IS NULL", Long.class)
                .setParameter("name", username).getSingleResult();
    }

    public void forgetResetRequests() {
        em.createQuery("DELETE FROM PasswordResetRequest r").executeUpdate();
    }
}
