package org.crmir.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpClient;
import java.util.Set;
import java.util.UUID;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.Http;
import org.crmir.support.Keycloak;
import org.crmir.support.MailLinks;
import org.crmir.support.MailServer;
import org.crmir.support.SsoBrowser;
import org.crmir.support.TestUsers;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access ends at once, not at the next minute's check: deactivating a user ends all their open sessions (and their
 * API tokens are refused); a password set through a reset link ends the user's other sessions; switching password
 * sign-in off ends every password session but the break-glass administrator's, while single sign-on sessions stay.
 * Sessions are real HTTP sessions of the server.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsEndIT {

    private static final String PASSWORD = "amber quarry whistle";
    private static final String PAGE = "/clients.xhtml";

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    TestUsers testUsers;

    @EJB
    UserService users;

    @EJB
    ApiTokenService tokens;

    @EJB
    PasswordLinkService links;

    @EJB
    SignInSettingsService settings;

    @EJB
    AccountLinkRows rows;

    @BeforeEach
    @AfterEach
    void passwordsForEveryone() {
        rows.passwordSignIn(true, null);
        rows.forgetResetRequests();
    }

    @Test
    void deactivatingAUserEndsAllTheirSessionsAtOnceAndTheirTokensAreRefused() throws Exception {
        testUsers.ensure();
        String token = asSales.call(() -> tokens.create("sessions end")).secret();
        HttpClient office = WebSession.signedIn(AsSales.USERNAME);
        HttpClient phone = WebSession.signedIn(AsSales.USERNAME);
        HttpClient colleague = WebSession.signedIn("it-viewer");
        WebSession.page(office, PAGE, 200);
        WebSession.page(phone, PAGE, 200);
        assertEquals(200, Http.send("GET", "/api/v1/clients?limit=1", token, null).statusCode());

        long salesId = asAdmin.call(() -> users.list(AsSales.USERNAME, org.crmir.shared.PageRequest.first(1)))
                .items().get(0).id();
        asAdmin.call(() -> users.deactivate(salesId));
        try {
            WebSession.page(office, PAGE, 302); // at once: both sessions were checked less than a minute ago
            WebSession.page(phone, PAGE, 302);
            assertEquals(401, Http.send("GET", "/api/v1/clients?limit=1", token, null).statusCode());
            WebSession.page(colleague, PAGE, 200);
        } finally {
            asAdmin.call(() -> users.activate(salesId));
        }
        // reactivated: the sessions stay ended, a new sign-in works
        WebSession.page(office, PAGE, 302);
        WebSession.page(WebSession.signedIn(AsSales.USERNAME), PAGE, 200);
    }

    @Test
    void aPasswordSetThroughAResetLinkEndsTheUsersOtherSessions() throws Exception {
        UserSummary user = newUser("reset", Role.SALES);
        HttpClient stolen = WebSession.signedIn(user.username(), PASSWORD);
        WebSession.page(stolen, PAGE, 200);
        MailServer smtp = new MailServer().start();
        String link;
        try {
            links.requestReset(user.email(), "203.0.113." + (1 + (int) (Math.random() * 250)));
            link = MailLinks.linkIn(MailLinks.awaitMails(smtp, user.email(), 1).get(0));
        } finally {
            smtp.stop();
        }
        links.choosePassword(link.substring(link.indexOf("token=") + "token=".length()), "cobalt harbour tide");

        WebSession.page(stolen, PAGE, 302);
        WebSession.page(WebSession.signedIn(user.username(), "cobalt harbour tide"), PAGE, 200);
    }

    @Test
    void switchingPasswordSignInOffEndsEveryPasswordSessionButTheBreakGlassAdministrators() throws Exception {
        assumeTrue(SingleSignOn.configured(), "password sign-in is switched off only beside single sign-on");
        UserSummary glass = newUser("glass", Role.ADMIN);
        UserSummary other = newUser("other", Role.SALES);
        HttpClient glassSession = WebSession.signedIn(glass.username(), PASSWORD);
        HttpClient otherSession = WebSession.signedIn(other.username(), PASSWORD);
        String ssoUser = Keycloak.randomName("switch-sso");
        Keycloak.createUser(ssoUser, PASSWORD, "crm-sales");
        HttpClient ssoSession = SsoBrowser.signedIn(ssoUser, PASSWORD);

        long version = asAdmin.call(() -> settings.current()).version();
        asAdmin.call(() -> { settings.passwordOnlyForBreakGlass(glass.id(), version); return null; });

        WebSession.page(otherSession, PAGE, 302);
        WebSession.page(glassSession, PAGE, 200);
        WebSession.page(ssoSession, PAGE, 200);
    }

    private UserSummary newUser(String prefix, Role role) throws Exception {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        return asAdmin.call(() -> users.create(new NewUser(name, "Sessions " + prefix, name + "@corp.example",
                Set.of(role), PASSWORD)));
    }
}
