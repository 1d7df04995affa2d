package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.shared.Caller;
import org.crmir.shared.InputValidation;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/** Each user's personal API tokens: made and revoked on their profile page. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ApiTokenService {

    /** Tokens start with this, so that a leaked one is easy to recognise in logs and by secret scanners. */
    static final String TOKEN_PREFIX = "crm_";
    private static final int PREFIX_SHOWN = 12;

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

    /** Makes a token for the caller; the returned secret is the only copy there will ever be. */
    public IssuedToken create(String name) {
        UserAccount user = caller();
        SecretTokens.Minted secret = SecretTokens.mint(TOKEN_PREFIX);
        ApiToken token = new ApiToken(user, name, secret.secret().substring(0, PREFIX_SHOWN), secret.hashed(),
                Instant.now());
        validation.check(token);
        em.persist(token);
        em.flush();
        audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.TOKEN_CREATE, Map.of(),
                Map.of("token", token.getName() + " (" + token.getTokenPrefix() + "…)"));
        return new IssuedToken(token.getId(), token.getName(), secret.secret());
    }

    /** The caller's tokens, newest first. */
    public Page<TokenSummary> mine(PageRequest page) {
        UserAccount user = caller();
        var tokens = em.createQuery("SELECT t FROM ApiToken t WHERE t.user = :user ORDER BY t.id DESC",
                        ApiToken.class)
                .setParameter("user", user)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(TokenSummary::of).toList();
        long total = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.user = :user", Long.class)
                .setParameter("user", user).getSingleResult();
        return new Page<>(tokens, total, page.offset(), page.limit());
    }

    /** Revokes one of the caller's own tokens; from then on it is refused. */
    public TokenSummary revoke(long tokenId) {
        UserAccount user = caller();
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getUser().getId().equals(user.getId())) {
            throw new NotFoundException("Token", tokenId);
        }
        token.revoke(Instant.now());
        audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.TOKEN_REVOKE,
                Map.of("token", token.getName() + " (" + token.getTokenPrefix() + "…)"), Map.of());
        return TokenSummary.of(token);
    }

    /**
     * Revokes every open token of a user whom CRMir stops by itself ({@code actor} says who decided, for the
     * audit trail); how many. Administrators only: it is part of ending someone's access.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int revokeAllOf(long userId, String actor) {
        List<ApiToken> open = em.createQuery("SELECT t FROM ApiToken t WHERE t.user.id = :id AND t.revokedAt IS NULL",
                ApiToken.class).setParameter("id", userId).getResultList();
        Instant now = Instant.now();
        for (ApiToken token : open) {
            token.revoke(now);
            audit.record(actor, UserService.ENTITY, userId, AuditAction.TOKEN_REVOKE,
                    Map.of("token", token.getName() + " (" + token.getTokenPrefix() + "…)"), Map.of());
        }
        return open.size();
    }

    private UserAccount caller() {
        return accounts.named(Caller.nameOf(context));
    }
}
