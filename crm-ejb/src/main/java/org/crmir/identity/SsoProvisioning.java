package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;

/**
 * Turns an identity the OpenID Connect provider vouched for into a CRMir user: made at the first sign-in, roles
 * (and name, e-mail) following the provider's claims at every sign-in, refused when deactivated here or when no
 * group maps to a role. Called only by the sign-in mechanism, after it checked the provider's signed token, for
 * someone not signed in yet, hence {@code @PermitAll}; nothing else calls it.
 */
@Stateless
@PermitAll
public class SsoProvisioning {

    /** The actor of changes the provider's directory made (new users, roles), in the audit trail. */
    static final String ACTOR = "single sign-on";
    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    AuditTrail audit;

    /**
     * The user behind this identity, made or brought up to date. {@code interactive}: a sign-in in the browser,
     * audited as such (an API call with the provider's access token is not, or every call would be).
     */
    public SsoOutcome signIn(SsoIdentity identity, boolean interactive) {
        Optional<UserAccount> linked = bySubject(identity.subject());
        if (identity.roles().isEmpty()) {
            String who = linked.map(UserAccount::getUsername).orElse(SsoUsername.plain(identity.nameClaim()));
            // Someone with no CRMir user yet: the trail names them as the provider did, name and subject.
            Map<String, String> refusal = new LinkedHashMap<>();
            refusal.put("reason", "no group maps to a CRMir role");
            refusal.put("provider username", identity.nameClaim());
            refusal.put("provider subject", identity.subject());
            audit.record(who, UserService.ENTITY, linked.map(UserAccount::getId).orElse(0L),
                    AuditAction.SIGN_IN_REFUSED, Map.of(), refusal);
            return SsoOutcome.refused(SsoOutcome.Refusal.NO_ROLE);
        }
        UserAccount user = linked.orElseGet(() -> create(identity));
        if (!user.isActive()) {
            audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.SIGN_IN_REFUSED,
                    Map.of(), Map.of("reason", "the account is deactivated"));
            return SsoOutcome.refused(SsoOutcome.Refusal.INACTIVE);
        }
        follow(user, identity);
        if (interactive) {
            audit.record(user.getUsername(), UserService.ENTITY, user.getId(), AuditAction.SIGN_IN, Map.of(),
                    Map.of("through", "single sign-on"));
        }
        return SsoOutcome.signedIn(new SignedInUser(user.getUsername(), user.getDisplayName(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())));
    }

    /**
     * Keeps the provider's offline refresh token of the user linked to {@code subject} (sealed), replacing an
     * earlier one: {@link DirectoryService} asks the provider with it whether the person is still there.
     */
    public void keepOfflineGrant(String subject, String refreshToken) {
        bySubject(subject).ifPresent(user -> {
            SsoGrant grant = em.find(SsoGrant.class, user.getId());
            if (grant == null) {
                em.persist(new SsoGrant(user.getId(), TokenSeal.seal(refreshToken), Instant.now()));
            } else {
                grant.replace(TokenSeal.seal(refreshToken), Instant.now());
            }
        });
    }

    /** Records a refused sign-in that never reached a user (a bad state, nonce or token), for the audit trail. */
    public void refusedBeforeIdentity(String reason) {
        audit.record("anonymous", UserService.ENTITY, 0L, AuditAction.SIGN_IN_REFUSED, Map.of(),
                Map.of("reason", reason.length() > 200 ? reason.substring(0, 200) : reason));
    }

    private UserAccount create(SsoIdentity identity) {
        String username = SsoUsername.plain(identity.nameClaim());
        if (accounts.byUsername(username).isPresent()) {
            // Never taken over: an existing account with that name may belong to someone else.
            username = SsoUsername.unique(identity.nameClaim(), identity.subject());
        }
        UserAccount user = UserAccount.fromSso(identity.subject(), username, displayName(identity, username),
                email(identity), identity.roles(), Instant.now());
        em.persist(user);
        em.flush();
        audit.record(ACTOR, UserService.ENTITY, user.getId(), AuditAction.CREATE, Map.of(), user.auditSnapshot());
        return user;
    }

    /** Roles, name and e-mail as the provider has them now; audited when anything changed. */
    private void follow(UserAccount user, SsoIdentity identity) {
        Map<String, String> before = new LinkedHashMap<>(user.auditSnapshot());
        if (!user.getRoles().equals(identity.roles())) {
            user.assignRoles(identity.roles());
        }
        if (identity.displayName() != null && !identity.displayName().isBlank()) {
            user.setDisplayName(displayName(identity, user.getUsername()));
        }
        String email = email(identity);
        if (email != null) {
            user.setEmail(email);
        }
        Map<String, String> after = user.auditSnapshot();
        if (!before.equals(after)) {
            audit.record(ACTOR, UserService.ENTITY, user.getId(), AuditAction.UPDATE, before, after);
        }
    }

    private static String displayName(SsoIdentity identity, String username) {
        String name = identity.displayName() == null || identity.displayName().isBlank() ? username
                : identity.displayName().strip();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static String email(SsoIdentity identity) {
        String email = identity.email() == null ? null : identity.email().strip();
        return email != null && email.length() <= 254 && PLAUSIBLE_EMAIL.matcher(email).matches() ? email : null;
    }

    private Optional<UserAccount> bySubject(String subject) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.ssoSubject = :sub", UserAccount.class)
                .setParameter("sub", subject).getResultStream().findFirst();
    }

}
