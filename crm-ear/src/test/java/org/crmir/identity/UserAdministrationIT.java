package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditEntry;
import org.crmir.audit.AuditService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User administration: who may do it, what sign-in then accepts, and what the audit trail keeps. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @EJB
    UserService users;

    @EJB
    ApiTokenService tokens;

    @EJB
    Authenticator authenticator;

    @EJB
    AuditService audit;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    TestUsers testUsers;

    @BeforeEach
    void users() throws Exception {
        testUsers.ensure();
    }

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
        String name = uniqueName();
        UserSummary created = asAdmin.call(() -> users.create(new NewUser(name, "New Person", "New@Corp.example",
                Set.of(Role.SALES, Role.SUPPORT), "a-good-long-password")));
        assertEquals(EnumSet.of(Role.SALES, Role.SUPPORT), created.roles());
        assertEquals("new@corp.example", created.email());

        SignedInUser signedIn = authenticator.verifyPassword(name, "a-good-long-password", null).user().orElseThrow();
        assertEquals(Set.of("SALES", "SUPPORT"), signedIn.roles());
        assertTrue(authenticator.verifyPassword(name, "a-wrong-long-password", null).user().isEmpty());
        assertTrue(authenticator.verifyPassword("nobody-" + name, "a-good-long-password", null).user().isEmpty());
    }

    @Test
    void duplicateUsernamesWeakPasswordsAndNoRolesAreRefused() throws Exception {
        String name = uniqueName();
        asAdmin.call(() -> users.create(new NewUser(name, "First", null, Set.of(Role.VIEWER), "long-enough-pw")));
        InvalidInputException taken = assertThrows(InvalidInputException.class, () -> asAdmin.call(
                () -> users.create(new NewUser(name, "Second", null, Set.of(Role.VIEWER), "long-enough-pw"))));
        assertEquals("username", taken.getField());
        assertEquals("password", assertThrows(InvalidInputException.class, () -> asAdmin.call(
                () -> users.create(new NewUser(uniqueName(), "X", null, Set.of(Role.VIEWER), "short")))).getField());
        assertEquals("roles", assertThrows(InvalidInputException.class, () -> asAdmin.call(
                () -> users.create(new NewUser(uniqueName(), "X", null, Set.of(), "long-enough-pw")))).getField());
        assertEquals("username", assertThrows(InvalidInputException.class, () -> asAdmin.call(
                () -> users.create(new NewUser("Bad Name!", "X", null, Set.of(Role.VIEWER), "long-enough-pw"))))
                .getField());
    }

    @Test
    void rolesChangeAndAStaleEditIsRefused() throws Exception {
        String name = uniqueName();
        UserSummary user = asAdmin.call(() -> users.create(new NewUser(name, "Role Person", null,
                Set.of(Role.VIEWER), "long-enough-pw")));
        UserSummary changed = asAdmin.call(() -> users.update(user.id(), user.version(), "Role Person",
                null, Set.of(Role.FINANCE)));
        assertEquals(EnumSet.of(Role.FINANCE), changed.roles());
        assertThrows(ConcurrentChangeException.class, () -> asAdmin.call(() -> users.update(user.id(),
                user.version(), "Role Person", null, Set.of(Role.ADMIN))));
        assertEquals(Set.of("FINANCE"), authenticator.current(name).orElseThrow().roles());
    }

    @Test
    void aDeactivatedUserCanNeitherSignInNorUseTheirTokens() throws Exception {
        String name = uniqueName();
        UserSummary user = asAdmin.call(() -> users.create(new NewUser(name, "Leaver", null, Set.of(Role.SALES),
                "long-enough-pw")));
        asAdmin.call(() -> users.deactivate(user.id()));
        assertTrue(authenticator.verifyPassword(name, "long-enough-pw", null).user().isEmpty());
        assertTrue(authenticator.current(name).isEmpty());
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> users.deactivate(user.id())));

        asAdmin.call(() -> users.activate(user.id()));
        asAdmin.call(() -> { users.resetPassword(user.id(), "a-brand-new-password"); return null; });
        assertTrue(authenticator.verifyPassword(name, "long-enough-pw", null).user().isEmpty());
        assertTrue(authenticator.verifyPassword(name, "a-brand-new-password", null).user().isPresent());

        List<AuditAction> actions = asAdmin.call(() -> audit.historyOf("User", user.id(), PageRequest.first(10)))
                .items().stream().map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.PASSWORD_RESET, AuditAction.ACTIVATE, AuditAction.DEACTIVATE,
                AuditAction.CREATE), actions);
        AuditEntry reset = asAdmin.call(() -> audit.historyOf("User", user.id(), PageRequest.first(1))).items().get(0);
        assertFalse(reset.changes().toString().contains("a-brand-new-password"));
    }

    @Test
    void aDeactivatedSalesUsersTokenIsRefusedOverHttp() throws Exception {
        String secret = asSales.call(() -> tokens.create("deactivation check")).secret();
        assertEquals(200, Http.send("GET", "/api/v1/clients", secret, null).statusCode());
        long salesId = asAdmin.call(() -> users.list(AsSales.USERNAME, PageRequest.first(1))).items().get(0).id();
        asAdmin.call(() -> users.deactivate(salesId));
        try {
            assertEquals(401, Http.send("GET", "/api/v1/clients", secret, null).statusCode());
        } finally {
            asAdmin.call(() -> users.activate(salesId));
        }
        assertEquals(200, Http.send("GET", "/api/v1/clients", secret, null).statusCode());
    }

    @Test
    void anApiTokenIsFoundByItsExactSecretOnlyAndNoLongerOnceRevoked() throws Exception {
        IssuedToken issued = asSales.call(() -> tokens.create("lookup check"));
        String secret = issued.secret();
        assertTrue(secret.startsWith("crm_") && secret.length() > 40, "a long random secret: " + secret.length());
        assertEquals(AsSales.USERNAME, authenticator.verifyToken(secret).orElseThrow().username());
        assertTrue(authenticator.verifyToken(" " + secret + "\n").isPresent(), "space around it is not part of it");
        assertTrue(authenticator.verifyToken(secret.substring(0, secret.length() - 1)).isEmpty());
        assertTrue(authenticator.verifyToken(secret + "x").isEmpty());
        assertTrue(authenticator.verifyToken("crm_" + "x".repeat(300)).isEmpty());
        assertTrue(authenticator.verifyToken("").isEmpty());
        String prefix = asSales.call(() -> tokens.mine(PageRequest.first(50))).items().stream()
                .filter(t -> t.id() == issued.id()).findFirst().orElseThrow().prefix();
        assertEquals(secret.substring(0, prefix.length()), prefix, "the list shows the secret's first characters");
        asSales.call(() -> tokens.revoke(issued.id()));
        assertTrue(authenticator.verifyToken(secret).isEmpty());
    }

    @Test
    void administratorsCannotLockThemselvesOut() throws Exception {
        long me = asAdmin.call(() -> users.me().id());
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> users.deactivate(me)));
        UserSummary self = asAdmin.call(() -> users.me());
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> users.update(me, self.version(),
                self.displayName(), null, Set.of(Role.VIEWER))));
    }

    @Test
    void onlyAdministratorsManageUsers() {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> users.deactivate(1L)));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> { users.resetPassword(1L, "whatever-long"); return null; }));
        assertThrows(EJBAccessException.class,
                () -> asSales.call(() -> audit.recent(null, PageRequest.first(5))));
    }
}
