package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.communication.AccountMailer;
import org.crmir.shared.Caller;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Invitations: an administrator names a person, their e-mail address and roles; the user is created without a
 * password and mailed a link (single use, 72 hours) where they choose one. Administrators only.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class InvitationService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @EJB
    AccountMailer mailer;

    @EJB
    SignInSettingsService signInSettings;

    static final String SWITCHED_OFF = "Invitations are not sent while password sign-in is switched off: the"
            + " invited person could not use the password they choose. They sign in with single sign-on instead.";

    /** Creates the user without a password and mails them the link to choose one. */
    public UserSummary invite(NewInvitation request) {
        if (request.email() == null || request.email().isBlank()) {
            throw new InvalidInputException("email", "is required: the invitation is sent there");
        }
        refuseWhilePasswordSignInIsOff();
        Instant now = Instant.now();
        UserAccount user = new UserAccount(request.username(), request.displayName(), request.email(),
                request.roles(), null, now);
        validation.check(user);
        if (em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :name", Long.class)
                .setParameter("name", user.getUsername()).getSingleResult() > 0) {
            throw new InvalidInputException("username", "is already taken");
        }
        if (!AccountLinkMail.possible()) {
            throw new RuleViolationException(AccountLinkMail.NO_PUBLIC_URL);
        }
        em.persist(user);
        em.flush();
        AccountLinkMail.issue(em, mailer, user, AccountLink.Purpose.INVITATION, Caller.nameOf(context), now);
        audit.record(Caller.nameOf(context), UserService.ENTITY, user.getId(), AuditAction.INVITE, Map.of(),
                user.auditSnapshot());
        return UserSummary.of(user);
    }

    /** A new link for a user who has not accepted yet (lost or expired mail); the old link stops working. */
    public void resend(long userId) {
        refuseWhilePasswordSignInIsOff();
        UserAccount user = pendingUser(userId);
        AccountLinkMail.issue(em, mailer, user, AccountLink.Purpose.INVITATION, Caller.nameOf(context),
                Instant.now());
        audit.record(Caller.nameOf(context), UserService.ENTITY, userId, AuditAction.INVITE, Map.of(),
                Map.of("invitation", "sent again to " + user.getEmail()));
    }

    /**
     * Withdraws an invitation: its link stops working and the user is deactivated (users are never deleted, so
     * that the audit trail keeps its names).
     */
    public void cancel(long userId) {
        UserAccount user = pendingUser(userId);
        Map<String, String> before = user.auditSnapshot();
        AccountLinkMail.revokeOpenLinks(em, user, Instant.now());
        user.deactivate();
        audit.record(Caller.nameOf(context), UserService.ENTITY, userId, AuditAction.INVITE_CANCEL, before,
                user.auditSnapshot());
    }

    /** Active users invited who have not chosen a password yet, newest invitation first. */
    public List<PendingInvitation> pending() {
        Instant now = Instant.now();
        return em.createQuery("SELECT l FROM AccountLink l JOIN FETCH l.user u WHERE l.purpose = :purpose"
                        + " AND l.usedAt IS NULL AND l.revokedAt IS NULL AND u.passwordHash IS NULL AND u.active = TRUE"
                        + " ORDER BY l.createdAt DESC, l.id DESC", AccountLink.class)
                .setParameter("purpose", AccountLink.Purpose.INVITATION).setMaxResults(200).getResultList().stream()
                .map(l -> new PendingInvitation(l.getUser().getId(), l.getUser().getUsername(),
                        l.getUser().getDisplayName(), l.getUser().getEmail(), l.getCreatedAt(), l.getExpiresAt(),
                        l.state(now) == AccountLink.State.EXPIRED))
                .toList();
    }

    private void refuseWhilePasswordSignInIsOff() {
        if (!signInSettings.passwordSignInForEveryone()) {
            throw new RuleViolationException(SWITCHED_OFF);
        }
    }

    private UserAccount pendingUser(long userId) {
        // Locked: a new link revokes the open ones, and two at once must not both find none to revoke.
        UserAccount user = em.find(UserAccount.class, userId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE,
                Map.of("eclipselink.refresh", "true"));
        if (user == null) {
            throw new NotFoundException("User", userId);
        }
        if (user.hasPassword()) {
            throw new RuleViolationException("User " + user.getUsername() + " has already chosen a password");
        }
        if (!user.isActive()) {
            throw new RuleViolationException("User " + user.getUsername() + " is inactive; activate them first");
        }
        if (user.getEmail() == null) {
            throw new RuleViolationException("User " + user.getUsername() + " has no e-mail address; add one first");
        }
        return user;
    }
}
