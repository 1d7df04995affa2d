package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.shared.Caller;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Each user's secret calendar link: made, replaced and turned off on their profile page, and presented by calendar
 * apps, which cannot sign in. One live link per user; a user who may no longer sign in has no working link.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class CalendarFeedService {

    /** Links' secrets start with this, so that one is recognised in a log or by a secret scanner. */
    static final String SECRET_PREFIX = "cal_";

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    /** A new link for the caller, turning off the one they had; the returned secret is its only copy. */
    public String create() {
        UserAccount user = caller(LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        boolean replaced = live(user).map(old -> {
            old.turnOff(now);
            return true;
        }).orElse(false);
        SecretTokens.Minted secret = SecretTokens.mint(SECRET_PREFIX);
        em.persist(new CalendarFeed(user, secret.hashed(), now));
        audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.TOKEN_CREATE,
                replaced ? Map.of("calendarLink", "on") : Map.of(), Map.of("calendarLink", "new"));
        return secret.secret();
    }

    /** The caller's live link, if they have one. */
    public Optional<CalendarLink> mine() {
        return live(caller(LockModeType.NONE)).map(CalendarLink::of);
    }

    /** Turns the caller's link off: calendar apps get nothing from it any more. */
    public void turnOff() {
        UserAccount user = caller(LockModeType.PESSIMISTIC_WRITE);
        CalendarFeed feed = live(user).orElseThrow(() -> new RuleViolationException(
                "You have no calendar link to turn off"));
        feed.turnOff(Instant.now());
        audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.TOKEN_REVOKE,
                Map.of("calendarLink", "on"), Map.of());
    }

    /**
     * Whose dates a presented link shows: its holder, if the link is live and the holder may still sign in (an
     * account switched off stops its link without anyone turning it off). Notes the read for the profile page.
     */
    @PermitAll
    public Optional<UserAccount> holderOf(String presented) {
        Optional<CalendarFeed> feed = SecretTokens.find(em, CalendarFeed.class, presented, null)
                .filter(f -> !f.isRevoked() && f.getUser().isActive());
        feed.ifPresent(f -> f.read(Instant.now()));
        return feed.map(CalendarFeed::getUser);
    }

    private Optional<CalendarFeed> live(UserAccount user) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.user = :user AND f.revokedAt IS NULL",
                CalendarFeed.class).setParameter("user", user).getResultStream().findFirst();
    }

    /** The caller; locked for a change, so that two new links made at once still leave one live. */
    private UserAccount caller(LockModeType lock) {
        String username = Caller.nameOf(context);
        return accounts.byUsername(username, lock).orElseThrow(() -> new NotFoundException("User", username));
    }
}
