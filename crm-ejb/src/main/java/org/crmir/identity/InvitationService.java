package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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

    @EJB
    AccountMailer mailer;

    @EJB
    SignInSettingsService signInSettings;

    /** A page of the users list at the most. */
    static final int MAX_STANDINGS = 200;
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
        if (accounts.byUsername(user.getUsername()).isPresent()) {
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
                        AccountStatus.of(l.getUser(), l, now)))
                .toList();
    }

    /**
     * Where each of these users' accounts stands (invited, invitation expired or not sent, active ...), by user id,
     * for a page of the users list: two queries, whatever the page's size. Unknown ids are left out.
     */
    public Map<Long, AccountStanding> standings(Collection<Long> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(userIds));
        if (ids.size() > MAX_STANDINGS) {
            throw new InvalidInputException("userIds", "at most " + MAX_STANDINGS + " users at a time");
        }
        // A user has at most one open link: issuing one revokes the others.
        Map<Long, AccountLink> openLinks = new HashMap<>();
        em.createQuery("SELECT l FROM AccountLink l WHERE l.user.id IN :ids AND l.usedAt IS NULL"
                        + " AND l.revokedAt IS NULL ORDER BY l.id", AccountLink.class)
                .setParameter("ids", ids).getResultList()
                .forEach(l -> openLinks.put(l.getUser().getId(), l));
        Instant now = Instant.now();
        Map<Long, AccountStanding> standings = new HashMap<>();
        em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
                .setParameter("ids", ids).getResultList()
                .forEach(u -> standings.put(u.getId(), AccountStanding.of(u, openLinks.get(u.getId()), now)));
        return standings;
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
        if (user.getSsoSubject() != null) {
            throw new RuleViolationException("User " + user.getUsername() + " signs in with single sign-on and needs"
                    + " no invitation");
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
