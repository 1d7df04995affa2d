package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.Queries;
import org.crmir.shared.RuleViolationException;

/**
 * User administration (administrators) and each user's own account (everyone signed in).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserService {

    static final String ENTITY = "User";
    static final String LOCKED_MESSAGE = "Too many wrong passwords: your account is locked for a few minutes."
            + " Try again later, or ask an administrator to unlock it.";

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @Inject
    SignInThrottle throttle;

    @Inject
    Event<SessionsToEnd> sessionsToEnd;

    /** Users whose username or name starts with {@code search} (all when blank), by username, paged. */
    public Page<UserSummary> list(String search, PageRequest page) {
        boolean filtered = search != null && !search.isBlank();
        String where = filtered ? " WHERE u.username LIKE :q ESCAPE '!' OR u.displayName LIKE :q ESCAPE '!'" : "";
        TypedQuery<UserAccount> query = em.createQuery("SELECT u FROM UserAccount u" + where
                + " ORDER BY u.username", UserAccount.class)
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM UserAccount u" + where, Long.class);
        if (filtered) {
            String pattern = Queries.startsWith(search);
            query.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        return new Page<>(query.getResultList().stream().map(UserSummary::of).toList(), count.getSingleResult(),
                page.offset(), page.limit());
    }

    public UserSummary find(long id) {
        return UserSummary.of(load(id));
    }

    /** Creates a user who can sign in at once with the given password. */
    public UserSummary create(NewUser request) {
        PasswordPolicy.check(request.password(), request.username(), request.email());
        UserAccount user = new UserAccount(request.username(), request.displayName(), request.email(),
                request.roles(), PasswordHasher.hash(request.password()), Instant.now());
        validation.check(user);
        if (findByUsername(user.getUsername()) != null) {
            throw new InvalidInputException("username", "is already taken");
        }
        em.persist(user);
        em.flush();
        audit.record(Caller.nameOf(context), ENTITY, user.getId(), AuditAction.CREATE, Map.of(),
                user.auditSnapshot());
        return UserSummary.of(user);
    }

    /** Changes name, email and roles; an administrator cannot take ADMIN away from themselves. */
    public UserSummary update(long id, long expectedVersion, String displayName, String email, Set<Role> roles) {
        UserAccount user = load(id);
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("User " + user.getUsername());
        }
        if (isCaller(user) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new RuleViolationException("You cannot remove the ADMIN role from your own account");
        }
        if (roles == null || !roles.contains(Role.ADMIN)) {
            keepBreakGlass(user);
        }
        Map<String, String> before = user.auditSnapshot();
        String oldEmail = user.getEmail();
        user.setDisplayName(displayName);
        user.setEmail(email);
        user.assignRoles(roles);
        validation.check(user);
        if (!java.util.Objects.equals(oldEmail, user.getEmail())) {
            // A link mailed to the old address must not outlive it: whoever reads that mailbox now is nobody we know.
            AccountLinkMail.revokeOpenLinks(em, user, Instant.now());
        }
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.UPDATE, before, user.auditSnapshot());
        return UserSummary.of(user);
    }

    /** Stops a user from signing in or using their tokens, and ends their open sessions; their history stays. */
    public UserSummary deactivate(long id) {
        UserAccount user = load(id);
        if (isCaller(user)) {
            throw new RuleViolationException("You cannot deactivate your own account");
        }
        keepBreakGlass(user);
        Map<String, String> before = user.auditSnapshot();
        user.deactivate();
        // Reactivating later must not revive a link mailed before.
        AccountLinkMail.revokeOpenLinks(em, user, Instant.now());
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.DEACTIVATE, before, user.auditSnapshot());
        sessionsToEnd.fire(SessionsToEnd.allOf(user.getUsername()));
        return UserSummary.of(user);
    }

    public UserSummary activate(long id) {
        UserAccount user = load(id);
        Map<String, String> before = user.auditSnapshot();
        user.activate();
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.ACTIVATE, before, user.auditSnapshot());
        return UserSummary.of(user);
    }

    /** Sets a new password for a user who forgot theirs; the audit trail says it happened, never what it is. */
    public void resetPassword(long id, String newPassword) {
        UserAccount user = load(id);
        PasswordPolicy.check(newPassword, user.getUsername(), user.getEmail());
        user.changePasswordHash(PasswordHasher.hash(newPassword));
        // The administrator's password replaces whatever a pending invitation or reset link would set.
        AccountLinkMail.revokeOpenLinks(em, user, Instant.now());
        audit.record(Caller.nameOf(context), ENTITY, id, AuditAction.PASSWORD_RESET, Map.of("password", "old"),
                Map.of("password", "new"));
    }

    /** Names and addresses locked out of signing in right now, the latest lock first. */
    public List<SignInLock> signInLocks() {
        return em.createQuery("SELECT f FROM SignInFailures f WHERE f.lockedUntil > :now ORDER BY f.lockedUntil DESC,"
                        + " f.id DESC", SignInFailures.class)
                .setParameter("now", Instant.now()).setMaxResults(200)
                .getResultList().stream().map(SignInLock::of).toList();
    }

    /** Lifts a lock before it runs out and forgets the failures behind it; audited. */
    public void unlockSignIn(long lockId) {
        SignInFailures row = em.find(SignInFailures.class, lockId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.isLocked(Instant.now())) {
            throw new NotFoundException("Sign-in lock", lockId);
        }
        Map<String, String> before = Map.of("lockedUntil", row.getLockedUntil().toString(),
                "failures", String.valueOf(row.getFailures()));
        row.forget();
        audit.record(Caller.nameOf(context), SignInThrottle.ENTITY, lockId, AuditAction.UNLOCK, before,
                Map.of("lockedUntil", "none", "failures", "0"));
    }

    /** The signed-in user's own account. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public UserSummary me() {
        UserAccount user = findByUsername(Caller.nameOf(context));
        if (user == null) {
            throw new NotFoundException("User", Caller.nameOf(context));
        }
        return UserSummary.of(user);
    }

    /** Changes the caller's own password after checking the current one. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String name = Caller.nameOf(context);
        // Guessing the current password in a borrowed session is throttled like guessing it at sign-in.
        if (throttle.isLocked(name, null)) {
            throw new RuleViolationException(LOCKED_MESSAGE);
        }
        UserAccount user = findByUsername(name);
        if (user == null || !PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            throttle.failedApart(name, null);
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        PasswordPolicy.check(newPassword, user.getUsername(), user.getEmail());
        user.changePasswordHash(PasswordHasher.hash(newPassword));
        audit.record(user.getUsername(), ENTITY, user.getId(), AuditAction.PASSWORD_RESET,
                Map.of("password", "old"), Map.of("password", "new"));
    }

    /** Sets the signature that closes the caller's outgoing emails. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public void changeOwnSignature(String signature) {
        UserAccount user = findByUsername(Caller.nameOf(context));
        if (user == null) {
            throw new NotFoundException("User", Caller.nameOf(context));
        }
        Map<String, String> before = Map.of("signature", String.valueOf(user.getSignature()));
        user.setSignature(signature);
        validation.check(user);
        audit.record(user.getUsername(), ENTITY, user.getId(), AuditAction.UPDATE, before,
                Map.of("signature", String.valueOf(user.getSignature())));
    }

    /** The caller's signature, or null. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public String ownSignature() {
        UserAccount user = findByUsername(Caller.nameOf(context));
        return user == null ? null : user.getSignature();
    }

    /** Active users whose username or name starts with {@code prefix}, for pickers such as a client's owner. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public List<UserSummary> activeUsersStartingWith(String prefix, int limit) {
        String pattern = Queries.startsWith(prefix == null ? "" : prefix.toLowerCase(Locale.ROOT));
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.active = TRUE AND (u.username LIKE :q ESCAPE '!'"
                        + " OR u.displayName LIKE :q ESCAPE '!') ORDER BY u.username", UserAccount.class)
                .setParameter("q", pattern)
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setMaxResults(Math.min(Math.max(limit, 1), 50))
                .getResultList().stream().map(UserSummary::of).toList();
    }

    /**
     * While password sign-in is off, the break-glass administrator stays an active administrator. The settings row
     * is read locked, so that a concurrent switch to this user waits for this change (and then refuses an inactive
     * or demoted user), or this change waits for the switch and sees it.
     */
    private void keepBreakGlass(UserAccount user) {
        SignInSettings settings = em.find(SignInSettings.class, SignInSettings.ID,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE, Map.of("eclipselink.refresh", "true"));
        if (settings != null && !settings.isPasswordSignIn() && settings.getBreakGlass() != null
                && settings.getBreakGlass().getId().equals(user.getId())) {
            throw new RuleViolationException(user.getUsername() + " is the break-glass administrator while password"
                    + " sign-in is off. Choose another one on the Sign-in page first.");
        }
    }

    private boolean isCaller(UserAccount user) {
        return user.getUsername().equals(Caller.nameOf(context));
    }

    private UserAccount load(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    UserAccount findByUsername(String username) {
        return accounts.byUsername(username).orElse(null);
    }
}
