package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crmir.identity.web.OidcException;
import org.crmir.identity.web.OidcTokens;
import org.crmir.support.AsAdmin;
import org.crmir.support.ForeignTokens;
import org.crmir.support.Keycloak;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against the real Keycloak: the ID token checks (nonce, issuer, signature), the logout token
 * checks, and provisioning (made at the first sign-in, roles following the groups, deactivated or role-less users
 * refused, a taken username never taken over).
 */
@ExtendWith(ArquillianExtension.class)
class SsoTokensIT {

    private static final String PASSWORD = "Sso-Test-2026";

    @Inject
    OidcTokens tokens;

    @EJB
    SsoProvisioning provisioning;

    @EJB
    UserService users;

    @EJB
    AsAdmin asAdmin;

    @EJB
    org.crmir.audit.AuditService audit;

    @Test
    void anIdTokenIsTakenOnlyWithTheNonceOfItsSignIn() {
        String user = Keycloak.randomName("sso-nonce");
        Keycloak.createUser(user, PASSWORD, "crm-finance", "crm-support");
        String nonce = UUID.randomUUID().toString();
        String idToken = Keycloak.tokensFor(user, PASSWORD, nonce).getString("id_token");

        JWTClaimsSet claims = tokens.checkIdToken(idToken, nonce);
        assertEquals(user, claims.getClaim("preferred_username"));
        assertEquals(EnumSet.of(Role.FINANCE, Role.SUPPORT), tokens.identityOf(claims).roles());

        assertThrows(OidcException.class, () -> tokens.checkIdToken(idToken, nonce + "x"));
        assertThrows(OidcException.class, () -> tokens.checkIdToken(idToken, null));
    }

    @Test
    void anIdTokenFromAnotherIssuerOrSignedWithAnotherKeyIsRefused() {
        String nonce = "n-" + UUID.randomUUID();
        JWTClaimsSet foreign = ForeignTokens.claims("http://localhost:9999/realms/crmir", "crmir", "mallory")
                .claim("nonce", nonce).build();
        OidcException refused = assertThrows(OidcException.class,
                () -> tokens.checkIdToken(ForeignTokens.sign(foreign), nonce));
        assertTrue(refused.getMessage().startsWith("The ID token was refused"), refused.getMessage());
        JWTClaimsSet lookalike = ForeignTokens.claims(Keycloak.issuer(), "crmir", "mallory").claim("nonce", nonce)
                .build();
        assertThrows(OidcException.class, () -> tokens.checkIdToken(ForeignTokens.sign(lookalike), nonce));
    }

    @Test
    void aLogoutTokenMustBeTheProvidersAndCarryTheLogoutEvent() {
        JWTClaimsSet forged = ForeignTokens.claims(Keycloak.issuer(), "crmir", "someone")
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .claim("sid", "s-1").build();
        assertThrows(OidcException.class, () -> tokens.checkLogoutToken(ForeignTokens.sign(forged)));
        String user = Keycloak.randomName("sso-logout");
        Keycloak.createUser(user, PASSWORD, "crm-viewers");
        JsonObject real = Keycloak.tokensFor(user, PASSWORD, "n");
        // a genuine ID token is no logout token: no event, and it carries a nonce
        assertThrows(OidcException.class, () -> tokens.checkLogoutToken(real.getString("id_token")));
    }

    @Test
    void theFirstSignInMakesTheUserAndLaterOnesFollowTheGroups() throws Exception {
        String subject = UUID.randomUUID().toString();
        String name = Keycloak.randomName("prov");
        SsoOutcome first = provisioning.signIn(new SsoIdentity(subject, name, "Pat Provisioned", name + "@corp.example",
                EnumSet.of(Role.SALES, Role.FINANCE)), true);
        assertEquals(name, first.user().username());
        assertEquals(Set.of("SALES", "FINANCE"), first.user().roles());
        UserSummary made = asAdmin.call(() -> users.list(name, org.crmir.shared.PageRequest.first(5))).items().get(0);
        assertEquals("Pat Provisioned", made.displayName());

        SsoOutcome later = provisioning.signIn(new SsoIdentity(subject, name, "Pat Provisioned", null,
                EnumSet.of(Role.SALES)), true);
        assertEquals(Set.of("SALES"), later.user().roles());

        SsoOutcome noRole = provisioning.signIn(new SsoIdentity(subject, name, null, null, EnumSet.noneOf(Role.class)),
                true);
        assertEquals(SsoOutcome.Refusal.NO_ROLE, noRole.refusal());

        asAdmin.call(() -> users.deactivate(made.id()));
        SsoOutcome inactive = provisioning.signIn(new SsoIdentity(subject, name, null, null, EnumSet.of(Role.SALES)),
                true);
        assertEquals(SsoOutcome.Refusal.INACTIVE, inactive.refusal());
    }

    @Test
    void aRefusedNewcomerIsAuditedUnderTheNameAndSubjectTheProviderGave() throws Exception {
        String subject = UUID.randomUUID().toString();
        String name = Keycloak.randomName("nogroup");
        SsoOutcome refused = provisioning.signIn(new SsoIdentity(subject, name + "@corp.example", null, null,
                EnumSet.noneOf(Role.class)), true);
        assertEquals(SsoOutcome.Refusal.NO_ROLE, refused.refusal());
        org.crmir.audit.AuditEntry entry = asAdmin.call(() -> audit.recent(name,
                org.crmir.shared.PageRequest.first(1))).items().get(0);
        assertEquals(org.crmir.audit.AuditAction.SIGN_IN_REFUSED, entry.action());
        assertTrue(entry.changes().toString().contains(subject), entry.changes().toString());
        assertTrue(entry.changes().toString().contains(name + "@corp.example"), entry.changes().toString());
    }

    @Test
    void aTakenUsernameIsNeverTakenOver() {
        String name = Keycloak.randomName("taken");
        SsoOutcome owner = provisioning.signIn(new SsoIdentity(UUID.randomUUID().toString(), name, null, null,
                EnumSet.of(Role.VIEWER)), true);
        String otherSubject = UUID.randomUUID().toString();
        SsoOutcome other = provisioning.signIn(new SsoIdentity(otherSubject, name, null, null,
                EnumSet.of(Role.ADMIN)), true);
        assertEquals(name, owner.user().username());
        assertEquals(SsoUsername.unique(name, otherSubject), other.user().username());
        assertEquals(List.of("VIEWER"), List.copyOf(owner.user().roles()));
    }
}
