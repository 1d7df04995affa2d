package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks credentials for the sign-in mechanism. Callers are not signed in yet, hence {@code @PermitAll}: it
 * answers only "valid, as whom" and changes nothing but a token's last-used time.
 */
@Stateless
@PermitAll
public class Authenticator {

    /** How stale a token's last-used time may get before a use writes it again: one write a minute at most. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    /** The active user with this username and password, or empty; unknown users cost the same time as known. */
    public Optional<SignedInUser> verifyPassword(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> found = findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
        String hash = found.map(UserAccount::getPasswordHash).orElse(PasswordHasher.DECOY);
        boolean matches = PasswordHasher.matches(password, hash);
        return found.filter(user -> matches && user.isActive()).map(Authenticator::toSignedIn);
    }

    /** The active user owning this unrevoked API token, or empty. */
    public Optional<SignedInUser> verifyToken(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            return Optional.empty();
        }
        List<ApiToken> tokens = em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user"
                        + " WHERE t.tokenHash = :hash AND t.revokedAt IS NULL", ApiToken.class)
                .setParameter("hash", PasswordHasher.sha256Hex(rawToken.strip()))
                .getResultList();
        if (tokens.isEmpty() || !tokens.get(0).getUser().isActive()) {
            return Optional.empty();
        }
        ApiToken token = tokens.get(0);
        Instant now = Instant.now();
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            token.usedAt(now);
        }
        return Optional.of(toSignedIn(token.getUser()));
    }

    /** Whether a user signed in earlier may still work: still there and still active. */
    public Optional<SignedInUser> current(String username) {
        return findByUsername(username).filter(UserAccount::isActive).map(Authenticator::toSignedIn);
    }

    private Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    private static SignedInUser toSignedIn(UserAccount user) {
        return new SignedInUser(user.getUsername(), user.getDisplayName(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
