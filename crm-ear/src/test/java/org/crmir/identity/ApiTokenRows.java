package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Test support: a personal API token for a user who has no password (a single sign-on user makes theirs on the
 * profile page, which a test reaches only through the provider's sign-in).
 */
@Stateless
@PermitAll
public class ApiTokenRows {

    @PersistenceContext
    EntityManager em;

    /** Issues a token to {@code username}; returns its secret. */
    public String issue(String username) {
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).getSingleResult();
        String secret = "crm_" + org.crmir.shared.RandomSecrets.urlSafe(32);
        em.persist(new ApiToken(user, "directory test", secret.substring(0, 12), HashedSecret.of(secret),
                Instant.now()));
        return secret;
    }
}
