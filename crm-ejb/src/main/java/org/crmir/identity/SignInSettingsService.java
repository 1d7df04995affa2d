package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * The switch for signing in with a CRMir password. Administrators turn it off (single sign-on only) and name the
 * one break-glass administrator who still may; the sign-in itself asks {@link #allowsPasswordFor} before it checks
 * a password, so the rule holds whatever page or client is used.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SignInSettingsService {

    static final String ENTITY = "Sign-in settings";

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SessionsToEnd> sessionsToEnd;

    /**
     * Whether this user may sign in (or be sent a reset link) with a password now. Asked before anybody is signed
     * in, hence {@code @PermitAll}; it tells only what the sign-in page shows anyway.
     */
    @PermitAll
    public boolean allowsPasswordFor(String username) {
        return settings(false).allowsPasswordFor(username);
    }

    /**
     * Whether this name is the break-glass administrator's while password sign-in is off. Asked before anybody is
     * signed in, hence {@code @PermitAll}; the sign-in uses it only to keep that name out of the per-name lock.
     */
    @PermitAll
    public boolean isBreakGlassWhileOff(String username) {
        return settings(false).isBreakGlassWhileOff(username);
    }

    /** Whether the sign-in page offers the password form to everyone (else only as "Administrator sign-in"). */
    @PermitAll
    public boolean passwordSignInForEveryone() {
        return settings(false).isPasswordSignIn();
    }

    public SignInSettingsSummary current() {
        SignInSettings settings = settings(false);
        return new SignInSettingsSummary(settings.isPasswordSignIn(),
                settings.getBreakGlass() == null ? null : settings.getBreakGlass().getId(),
                settings.getBreakGlass() == null ? null : settings.getBreakGlass().getUsername(),
                SingleSignOn.configured(), settings.getVersion());
    }

    /** Active administrators with a password: who may be the break-glass account. */
    public List<UserSummary> breakGlassCandidates() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.active = TRUE AND u.passwordHash IS NOT NULL"
                        + " ORDER BY u.username", UserAccount.class).setMaxResults(500).getResultList().stream()
                .filter(u -> u.has(Role.ADMIN)).map(UserSummary::of).toList();
    }

    /**
     * Only single sign-on from now on, but for {@code breakGlassUserId}: everyone else's password sessions end.
     * Refused while SSO is not configured.
     */
    public void passwordOnlyForBreakGlass(long breakGlassUserId, long expectedVersion) {
        if (!SingleSignOn.configured()) {
            throw new RuleViolationException("Password sign-in can be switched off only while single sign-on is"
                    + " configured (CRMIR_OIDC_ISSUER); otherwise nobody but one administrator could sign in.");
        }
        // Settings row first, then the chosen administrator, both locked and read fresh: the same order as
        // UserService's deactivation and demotion, so one of the two waits for the other and sees what it did.
        SignInSettings settings = settings(true);
        checkVersion(settings, expectedVersion);
        UserAccount admin = em.find(UserAccount.class, breakGlassUserId, LockModeType.PESSIMISTIC_WRITE,
                Map.of("eclipselink.refresh", "true"));
        if (admin == null) {
            throw new NotFoundException("User", breakGlassUserId);
        }
        Map<String, String> before = settings.auditSnapshot();
        settings.allowPasswordOnlyFor(admin);
        audit.record(Caller.nameOf(context), ENTITY, SignInSettings.ID, AuditAction.UPDATE, before,
                settings.auditSnapshot());
        sessionsToEnd.fire(SessionsToEnd.passwordSignInsExcept(admin.getUsername()));
    }

    /** Everyone may sign in with a password again. */
    public void passwordsForEveryone(long expectedVersion) {
        SignInSettings settings = settings(true);
        checkVersion(settings, expectedVersion);
        Map<String, String> before = settings.auditSnapshot();
        settings.allowPasswords();
        audit.record(Caller.nameOf(context), ENTITY, SignInSettings.ID, AuditAction.UPDATE, before,
                settings.auditSnapshot());
    }

    private static void checkVersion(SignInSettings settings, long expectedVersion) {
        if (settings.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(ENTITY);
        }
    }

    private SignInSettings settings(boolean forUpdate) {
        SignInSettings settings = forUpdate
                ? em.find(SignInSettings.class, SignInSettings.ID, LockModeType.PESSIMISTIC_WRITE)
                : em.find(SignInSettings.class, SignInSettings.ID);
        if (settings == null) {
            throw new IllegalStateException("The sign-in settings row is missing (migration V26)");
        }
        return settings;
    }
}
