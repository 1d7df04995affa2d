package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.ejb.EJB;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditService;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.FacesForms;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The switch for password sign-in, enforced where passwords are checked: while it is off, only the break-glass
 * administrator signs in with a password (through "Administrator sign-in"), everyone else is refused whatever
 * page or call they use, and no reset link is mailed to them.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordSignInSwitchIT {

    private static final String PASSWORD = "slate meadow lantern";

    @EJB
    AsAdmin asAdmin;

    @EJB
    UserService users;

    @EJB
    SignInSettingsService settings;

    @EJB
    Authenticator authenticator;

    @EJB
    AuditService audit;

    @EJB
    InvitationService invitations;

    @EJB
    PasswordLinkService links;

    @EJB
    AccountLinkRows rows;

    @EJB
    SignInFailureRows failureRows;

    @BeforeEach
    @AfterEach
    void passwordsForEveryone() {
        rows.passwordSignIn(true, null);
        rows.forgetResetRequests();
        failureRows.forgetAddress("127.0.0.1");
    }

    @Test
    void itCannotBeSwitchedOffWithoutSingleSignOn() throws Exception {
        assumeFalse(SingleSignOn.configured(), "single sign-on is configured on this server");
        UserSummary admin = newUser("glass", Role.ADMIN);
        long version = asAdmin.call(() -> settings.current()).version();
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> asAdmin.call(() -> { settings.passwordOnlyForBreakGlass(admin.id(), version); return null; }));
        assertTrue(refused.getMessage().contains("single sign-on"), refused.getMessage());
        assertTrue(asAdmin.call(() -> settings.current()).passwordSignIn());
    }

    @Test
    void whileOffOnlyTheBreakGlassAdministratorSignsInWithAPassword() throws Exception {
        UserSummary glass = newUser("glass", Role.ADMIN);
        UserSummary other = newUser("other", Role.ADMIN);
        rows.passwordSignIn(false, glass.username());

        assertTrue(authenticator.verifyPassword(glass.username(), PASSWORD, null).user().isPresent());
        assertTrue(authenticator.verifyPassword(other.username(), PASSWORD, null).user().isEmpty(),
                "another user signed in with the right password while password sign-in was off");

        HttpClient browser = browser();
        String login = FacesForms.get(browser, "/login.xhtml").body();
        assertTrue(login.contains("Signing in with a CRMir password is switched off"), login);
        assertFalse(login.contains("login:password"), "the password form is offered to everyone");
        assertTrue(login.contains("Administrator sign-in"), login);

        assertEquals(200, signIn(other.username()).statusCode());
        assertEquals(302, signIn(glass.username()).statusCode());

        // the break-glass account stays an active administrator while the switch is off
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> users.deactivate(glass.id())));
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> users.update(glass.id(),
                glass.version(), glass.displayName(), glass.email(), Set.of(Role.SALES))));

        rows.passwordSignIn(true, null);
        assertTrue(authenticator.verifyPassword(other.username(), PASSWORD, null).user().isPresent());
        assertTrue(FacesForms.get(browser(), "/login.xhtml").body().contains("login:password"));
    }

    @Test
    void whileOffNoResetLinkIsMailedButToTheBreakGlassAdministrator() throws Exception {
        UserSummary glass = newUser("glass", Role.ADMIN);
        UserSummary other = newUser("other", Role.SALES);
        rows.passwordSignIn(false, glass.username());
        MailServer smtp = new MailServer().start();
        try {
            requestReset(other.email());
            requestReset(glass.email());
            org.crmir.support.MailLinks.awaitMails(smtp, glass.email(), 1);
            Thread.sleep(2000);
            assertEquals(0, smtp.receivedFor(other.email()).size());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileOffNoInvitationIsSentAndAnEarlierLinkSetsNoPassword() throws Exception {
        UserSummary glass = newUser("glass", Role.ADMIN);
        String name = "late" + UUID.randomUUID().toString().substring(0, 8);
        MailServer smtp = new MailServer().start();
        try {
            asAdmin.call(() -> invitations.invite(new NewInvitation(name, "Lia Late", name + "@corp.example",
                    Set.of(Role.VIEWER))));
            String link = org.crmir.support.MailLinks.linkIn(
                    org.crmir.support.MailLinks.awaitMails(smtp, name + "@corp.example", 1).get(0));
            rows.passwordSignIn(false, glass.username());

            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> asAdmin.call(() ->
                    invitations.invite(new NewInvitation("x" + name, "Xia Late", "x" + name + "@corp.example",
                            Set.of(Role.VIEWER)))));
            assertTrue(refused.getMessage().contains("password sign-in is switched off"), refused.getMessage());
            assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> {
                invitations.resend(users.list(name, PageRequest.first(1)).items().get(0).id());
                return null;
            }));

            String token = link.substring(link.indexOf("token=") + "token=".length());
            RuleViolationException linkRefused = assertThrows(RuleViolationException.class,
                    () -> links.choosePassword(token, "granite kettle orbit"));
            assertTrue(linkRefused.getMessage().contains("single sign-on"), linkRefused.getMessage());
            rows.passwordSignIn(true, null);
            assertTrue(authenticator.verifyPassword(name, "granite kettle orbit", null).user().isEmpty(),
                    "the refused link set the password all the same");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileOffNobodyLocksTheBreakGlassNameButItsAddressesStillLock() throws Exception {
        UserSummary glass = newUser("glass", Role.ADMIN);
        rows.passwordSignIn(false, glass.username());
        int attempts = SignInFailures.Kind.ACCOUNT.lockAfter() + 2;
        List<String> addresses = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                addresses.add("192.0.2." + i);
                assertFalse(authenticator.verifyPassword(glass.username(), "wrong guess", "192.0.2." + i).locked());
            }
            addresses.add("192.0.2.200");
            assertTrue(authenticator.verifyPassword(glass.username(), PASSWORD, "192.0.2.200").user().isPresent(),
                    "failures from many addresses locked the break-glass administrator out");

            addresses.add("198.51.100.7");
            boolean locked = false;
            for (int i = 0; i < SignInFailures.Kind.ADDRESS.lockAfter() && !locked; i++) {
                locked = authenticator.verifyPassword(glass.username(), "wrong guess", "198.51.100.7").locked();
            }
            assertTrue(locked, "the address was not locked");
            assertTrue(authenticator.verifyPassword(glass.username(), PASSWORD, "198.51.100.7").user().isEmpty());
        } finally {
            addresses.forEach(failureRows::forgetAddress);
        }
    }

    @Test
    void aDeactivationRacingTheSwitchWaitsForItAndIsRefused() throws Exception {
        UserSummary glass = newUser("glass", Role.ADMIN);
        var switching = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                rows.passwordSignInHeld(false, glass.username(), 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(500); // the switch holds the settings row now, not yet committed
        assertThrows(RuleViolationException.class, () -> asAdmin.call(() -> users.deactivate(glass.id())),
                "the deactivation read the settings from before the switch and left no break-glass account");
        switching.get();
        assertTrue(asAdmin.call(() -> users.find(glass.id())).active());
    }

    @Test
    void theSettingsPageChangeIsAudited() throws Exception {
        long version = asAdmin.call(() -> settings.current()).version();
        asAdmin.call(() -> { settings.passwordsForEveryone(version); return null; });
        List<AuditAction> actions = asAdmin.call(() -> audit.historyOf(SignInSettingsService.ENTITY,
                SignInSettings.ID, PageRequest.first(1))).items().stream().map(e -> e.action()).toList();
        assertEquals(List.of(AuditAction.UPDATE), actions);
    }

    private HttpResponse<String> signIn(String username) throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> form = FacesForms.get(browser, "/login.xhtml?admin=true");
        assertTrue(form.body().contains("Administrator sign-in:"), form.body());
        return FacesForms.submit(browser, "/login.xhtml", form.body(), "login",
                Map.of("username", username, "password", PASSWORD), "signIn");
    }

    private void requestReset(String email) throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> form = FacesForms.get(browser, "/public/forgot-password.xhtml");
        HttpResponse<String> answer = FacesForms.submit(browser, "/public/forgot-password.xhtml", form.body(),
                "forgot", Map.of("email", email), "send");
        assertTrue(answer.body().contains("we have sent it a link"), answer.body());
    }

    private UserSummary newUser(String prefix, Role role) throws Exception {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return asAdmin.call(() -> users.create(new NewUser(name, "Switch " + prefix, name + "@corp.example",
                Set.of(role), PASSWORD)));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
