package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks credentials for the sign-in mechanism. Callers are not signed in yet, hence {@code @PermitAll}: it
 * answers only "valid, as whom" and changes nothing but a token's last-used time and the count of failed
 * password checks.
 */
@Stateless
@PermitAll
public class Authenticator {

    /** How stale a token's last-used time may get before a use writes it again: one write a minute at most. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    SignInThrottle throttle;

    @jakarta.ejb.EJB
    SignInSettingsService signInSettings;

    /**
     * The active user with this username and password, unless the name or the client address is locked after too
     * many failures. Unknown users cost the same time as known ones, and their names are counted and locked alike,
     * so that the answers tell nothing about which accounts exist. While password sign-in is switched off only the
     * break-glass administrator gets through. {@code clientAddress} may be null (not known).
     */
    public PasswordCheck verifyPassword(String username, String password, String clientAddress) {
        if (username == null || password == null) {
            return PasswordCheck.refused(false, Duration.ZERO);
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        // While password sign-in is off the break-glass administrator is the only way in; anyone who knows the name
        // could lock it by failing on purpose. So that name is throttled by address only (the address lock stays).
        String lockable = signInSettings.isBreakGlassWhileOff(name) ? null : name;
        if (throttle.isLocked(lockable, clientAddress)) {
            return PasswordCheck.refused(true, Duration.ZERO);
        }
        // Password sign-in switched off for this name (single sign-on only, but for the break-glass administrator):
        // treated as no user, whoever asks, so that no page or client gets around it.
        Optional<UserAccount> found = findByUsername(name)
                .filter(u -> signInSettings.allowsPasswordFor(u.getUsername()));
        // No user, or one without a password (invited, or SSO only): the decoy costs the same time and never matches.
        String hash = found.filter(UserAccount::hasPassword).map(UserAccount::getPasswordHash)
                .orElse(PasswordHasher.DECOY);
        boolean matches = PasswordHasher.matches(password, hash);
        Optional<SignedInUser> user = found.filter(u -> matches && u.isActive()).map(Authenticator::toSignedIn);
        if (user.isPresent()) {
            return throttle.succeeded(lockable, clientAddress) ? PasswordCheck.valid(user.get())
                    : PasswordCheck.refused(true, Duration.ZERO);
        }
        SignInThrottle.Failure failure = throttle.failed(lockable, clientAddress);
        return PasswordCheck.refused(failure.locked(), failure.slowDown());
    }

    /** Whether sign-in is locked for this name or from this address (either may be null). */
    public boolean isLocked(String username, String clientAddress) {
        String name = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        return throttle.isLocked(name != null && signInSettings.isBreakGlassWhileOff(name) ? null : name,
                clientAddress);
    }

    /** The active user owning this unrevoked API token, or empty. */
    public Optional<SignedInUser> verifyToken(String rawToken) {
        Optional<ApiToken> found = SecretTokens.find(em, ApiToken.class, rawToken, null)
                .filter(t -> t.isActive() && t.getUser().isActive());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
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
        return accounts.byUsername(username);
    }

    private static SignedInUser toSignedIn(UserAccount user) {
        return new SignedInUser(user.getUsername(), user.getDisplayName(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
