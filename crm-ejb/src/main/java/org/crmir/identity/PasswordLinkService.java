package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.communication.AccountMailer;
import org.crmir.shared.RuleViolationException;

/**
 * The public side of account links: "forgot password" requests and the page where the holder of an invitation or
 * reset link chooses a password. Nobody is signed in there, hence {@code @PermitAll}: the link's token (256 random
 * bits, stored only as a hash) is the holder's only authority, and a request for a reset link answers the same,
 * and takes about as long, whether or not the address belongs to anybody.
 */
@Stateless
@PermitAll
public class PasswordLinkService {

    /** Reset requests per typed address, and per network address, within {@link #REQUEST_WINDOW}. */
    static final int MAX_REQUESTS_PER_EMAIL = 3;
    static final int MAX_REQUESTS_PER_CLIENT = 20;
    static final Duration REQUEST_WINDOW = Duration.ofHours(1);
    static final String SWITCHED_OFF = "Signing in with a CRMir password is switched off, so this link no longer"
            + " sets one. Sign in with your company account (single sign-on) instead.";
    private static final Logger LOG = Logger.getLogger(PasswordLinkService.class.getName());

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SessionsToEnd> sessionsToEnd;

    @EJB
    AccountMailer mailer;

    @EJB
    SignInSettingsService signInSettings;

    /** Whether the link still works, and for whom; the page shows the answer. */
    public LinkStatus status(String token) {
        AccountLink link = find(token, false);
        if (link == null) {
            return LinkStatus.unknown();
        }
        AccountLink.State state = link.state(Instant.now());
        boolean usable = state == AccountLink.State.USABLE && link.getUser().isActive();
        return new LinkStatus(usable ? state : state == AccountLink.State.USABLE ? AccountLink.State.REVOKED : state,
                link.getPurpose(), usable ? link.getUser().getUsername() : null,
                usable ? link.getUser().getDisplayName() : null);
    }

    /**
     * Sets the password the link's holder chose and spends the link, and every other open link of that user with
     * it, and ends the user's open sessions (someone who knew the old password is out). Returns the username, for
     * the confirmation. Refused with a clear message when the link no longer works.
     */
    public String choosePassword(String token, String password) {
        AccountLink link = find(token, true);
        Instant now = Instant.now();
        if (link == null || link.state(now) != AccountLink.State.USABLE || !link.getUser().isActive()) {
            throw new RuleViolationException(link == null ? "This link is not valid."
                    : link.state(now) == AccountLink.State.USED ? "This link was already used."
                    : link.state(now) == AccountLink.State.EXPIRED ? "This link has expired."
                    : "This link no longer works.");
        }
        UserAccount user = link.getUser();
        if (!signInSettings.allowsPasswordFor(user.getUsername())) {
            // Switched off after the link was mailed: a password chosen now could not be used, or would outlive SSO.
            throw new RuleViolationException(SWITCHED_OFF);
        }
        PasswordPolicy.check(password, user.getUsername(), user.getEmail());
        String before = user.hasPassword() ? "old" : "none";
        user.changePasswordHash(PasswordHasher.hash(password));
        link.use(now);
        AccountLinkMail.revokeOpenLinks(em, user, now);
        audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.PASSWORD_RESET,
                Map.of("password", before), Map.of("password",
                        link.getPurpose() == AccountLink.Purpose.INVITATION ? "chosen (invitation)"
                                : "chosen (reset link)"));
        sessionsToEnd.fire(SessionsToEnd.allOf(user.getUsername()));
        return user.getUsername();
    }

    /**
     * Mails a reset link (one hour) to each active user with this address who has a password and may sign in with
     * it, unless the address or the client asked too often lately. Users without a password get none: an invited
     * person asks for the invitation again, and a single sign-on user must not gain a password that outlives their
     * company account. Says nothing back: the caller shows the same answer always.
     */
    public void requestReset(String email, String clientAddress) {
        Instant now = Instant.now();
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String emailHash = HashedSecret.sha256Hex(typed); // the address itself is not kept
        String client = clientAddress == null ? "unknown" : clientAddress.substring(0,
                Math.min(64, clientAddress.length()));
        // The owners' rows are locked (by id, one order for all) before anything is counted, revoked or inserted:
        // parallel requests for one address queue here, so they neither pass the limit together nor leave two
        // live links. Requests for unknown addresses lock nothing, but mail nothing either.
        List<UserAccount> owners = typed.isEmpty() ? List.of() : em.createQuery("SELECT u FROM UserAccount u"
                + " WHERE u.email = :email AND u.active = TRUE AND u.passwordHash IS NOT NULL ORDER BY u.id",
                UserAccount.class)
                .setParameter("email", typed).setMaxResults(5)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true")
                .getResultList();
        em.createQuery("DELETE FROM PasswordResetRequest r WHERE r.requestedAt < :old")
                .setParameter("old", now.minus(Duration.ofDays(1))).executeUpdate();
        long byEmail = countSince("r.emailHash = :key", emailHash, now);
        long byClient = countSince("r.clientAddress = :key", client, now);
        em.persist(new PasswordResetRequest(emailHash, client, now));
        if (byEmail >= MAX_REQUESTS_PER_EMAIL || byClient >= MAX_REQUESTS_PER_CLIENT) {
            LOG.info("Password reset request not answered: too many lately for this address or from " + client);
            return;
        }
        if (!AccountLinkMail.possible()) {
            LOG.warning("Password reset request not answered: " + AccountLinkMail.NO_PUBLIC_URL);
            return;
        }
        int mailed = 0;
        for (UserAccount owner : owners) {
            if (signInSettings.allowsPasswordFor(owner.getUsername())) {
                AccountLinkMail.issue(em, mailer, owner, AccountLink.Purpose.RESET, "password-reset", now);
                mailed++;
            }
        }
        if (mailed == 0) {
            // Nobody to mail: spend about the time a link costs, so the answer's timing tells nothing either.
            SecretTokens.mint("");
        }
    }

    private long countSince(String condition, String key, Instant now) {
        return em.createQuery("SELECT COUNT(r) FROM PasswordResetRequest r WHERE " + condition
                        + " AND r.requestedAt > :since", Long.class)
                .setParameter("key", key).setParameter("since", now.minus(REQUEST_WINDOW)).getSingleResult();
    }

    private AccountLink find(String token, boolean forUpdate) {
        return SecretTokens.find(em, AccountLink.class, token, forUpdate ? LockModeType.PESSIMISTIC_WRITE : null)
                .orElse(null);
    }
}
