package org.crmir.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;

/**
 * The company directory's say over CRMir accounts between sign-ins: which single sign-on users to ask the provider
 * about (those with an open session or an API token), and what follows from its answer. The web module asks
 * (it talks to the provider); an account the directory no longer knows is deactivated with a reason people
 * understand, its API tokens revoked, its sessions ended, all audited as done by the company directory.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DirectoryService {

    /** The actor of what the directory decided, in the audit trail. */
    static final String ACTOR = "company directory";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SessionsToEnd> sessionsToEnd;

    @EJB
    ApiTokenService tokens;

    /**
     * The active users with a kept grant who are signed in now ({@code signedIn}) or hold an open API token: the
     * ones whose access the directory could still end. A grant sealed with another key is left out (and stays
     * until the next sign-in replaces it).
     */
    public List<DirectoryGrant> toCheck(Set<String> signedIn) {
        return em.createQuery("SELECT u, g FROM SsoGrant g, UserAccount u WHERE u.id = g.userId AND u.active = TRUE"
                        + " AND (u.username IN :signedIn OR EXISTS (SELECT t FROM ApiToken t WHERE t.user = u"
                        + " AND t.revokedAt IS NULL)) ORDER BY g.checkedAt", Object[].class)
                .setParameter("signedIn", signedIn.isEmpty() ? Set.of("") : signedIn)
                .getResultList().stream()
                .map(row -> {
                    UserAccount user = (UserAccount) row[0];
                    String token = TokenSeal.open(((SsoGrant) row[1]).getSealedToken());
                    return token == null ? null : new DirectoryGrant(user.getId(), user.getUsername(), token);
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The directory still knows the user; keeps the token it gave back (providers may rotate them). */
    public void stillThere(long userId, String rotatedToken) {
        SsoGrant grant = em.find(SsoGrant.class, userId);
        if (grant != null) {
            if (rotatedToken != null) {
                grant.replace(TokenSeal.seal(rotatedToken), Instant.now());
            }
            grant.checked(Instant.now());
        }
    }

    /**
     * The directory refused the user's grant (disabled or removed there): deactivated with a reason, API tokens
     * revoked, sessions ended once committed; audited. Returns the reason; nothing happens to a user already
     * inactive.
     */
    public String leftTheCompany(long userId, String providerName, String providerSays) {
        UserAccount user = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        SsoGrant grant = em.find(SsoGrant.class, userId);
        if (grant != null) {
            em.remove(grant); // refused for good: asking again with it would only be refused again
        }
        if (user == null || !user.isActive()) {
            return null;
        }
        String reason = "The company directory (" + providerName + ") disabled or removed this person; access ended on "
                + WHEN.format(Instant.now()) + ".";
        Map<String, String> before = user.auditSnapshot();
        user.deactivateBecause(reason);
        AccountLinkMail.revokeOpenLinks(em, user, Instant.now());
        Map<String, String> after = new LinkedHashMap<>(user.auditSnapshot());
        after.put("reason", reason);
        after.put("provider said", providerSays.length() > 200 ? providerSays.substring(0, 200) : providerSays);
        audit.record(ACTOR, UserService.ENTITY, userId, AuditAction.DEACTIVATE, before, after);
        tokens.revokeAllOf(userId, ACTOR);
        sessionsToEnd.fire(SessionsToEnd.allOf(user.getUsername()));
        return reason;
    }

    /** Accounts the directory ended (newest accounts first), with why: for the administrators. */
    public List<UserSummary> endedByTheDirectory(int limit) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.active = FALSE AND u.deactivatedReason IS NOT NULL"
                        + " ORDER BY u.id DESC", UserAccount.class)
                .setMaxResults(limit).getResultList().stream().map(UserSummary::of).toList();
    }
}
