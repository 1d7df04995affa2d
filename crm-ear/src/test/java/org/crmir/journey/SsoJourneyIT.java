package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crmir.support.Eventually;
import org.crmir.support.Keycloak;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in through the company's provider, in Chromium against the real Keycloak (realm imported by
 * bin/crmir test): each role lands on the dashboard with its menus; a group removed in Keycloak removes the role
 * at the next sign-in; signing out ends the Keycloak session too; Keycloak ending the session (back-channel
 * logout) ends CRMir's, and the open page goes to the sign-in page. Screenshots in target/sso/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "Sso-Journey-2026";

    /** The realm's own users (server-config/src/main/keycloak/crmir-realm.json), one per role. */
    private record RealmUser(String name, String password, String fullName, boolean finance, boolean admin) {
    }

    @Test
    void ssoSignInLandsOnTheDashboardWithTheRightMenusPerRole() throws Exception {
        for (RealmUser user : List.of(
                new RealmUser("ada", "Ada-Admin-2026", "Ada Admin", true, true),
                new RealmUser("sam", "Sam-Sales-2026", "Sam Sales", false, false),
                new RealmUser("fiona", "Fiona-Finance-2026", "Fiona Finance", true, false),
                new RealmUser("sunil", "Sunil-Support-2026", "Sunil Support", false, false),
                new RealmUser("vera", "Vera-Viewer-2026", "Vera Viewer", false, false))) {
            signInWithKeycloak(user.name(), user.password());
            // made at sign-in; the header names the person (the realm's first and last name), not the username
            assertEquals(user.fullName(), visible(By.id("nav:profileLink")).getText().strip());
            assertEquals(user.finance(), present("nav:menuFinance"), user.name() + ": Finance menu");
            assertEquals(user.admin(), present("nav:menuAdmin"), user.name() + ": Admin menu");
            screenshot(Path.of("target", "sso", "dashboard-" + user.name() + ".png"));
            signOut();
        }
    }

    @Test
    void aGroupRemovedInKeycloakRemovesTheRoleAtTheNextSignIn() throws Exception {
        String name = Keycloak.randomName("leaver");
        String id = Keycloak.createUser(name, PASSWORD, "crm-sales", "crm-finance");
        signInWithKeycloak(name, PASSWORD);
        assertTrue(present("nav:menuFinance"), "finance, while in crm-finance");
        signOut();

        Keycloak.removeFromGroup(id, "crm-finance");
        signInWithKeycloak(name, PASSWORD);
        assertFalse(present("nav:menuFinance"), "no finance after leaving crm-finance");
        browser.get(url("/finance/payments.xhtml"));
        assertTrue(visible(By.tagName("h1")).getText().contains("Not allowed"),
                "the finance pages refuse the former finance user: " + browser.getTitle());
        consoleErrors(); // the 403 of that page is expected, not an error of the page

    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() throws Exception {
        String name = Keycloak.randomName("out");
        String id = Keycloak.createUser(name, PASSWORD, "crm-support");
        signInWithKeycloak(name, PASSWORD);
        assertEquals(1, Keycloak.sessionCount(id));
        signOut();
        visible(By.id("signedOutNotice"));
        assertEquals(0, Keycloak.sessionCount(id), "the Keycloak session ended with CRMir's");
        screenshot(Path.of("target", "sso", "signed-out.png"));

        // signing in again asks Keycloak for the password again
        visible(By.id("ssoSignIn")).click();
        visible(By.id("password"));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.url()), browser.getCurrentUrl());
    }

    @Test
    void aBackChannelLogoutEndsTheCrmirSession() throws Exception {
        String id = onTheClientsPageAsANewSalesUser(Keycloak.randomName("ended"));

        Keycloak.logOutEverywhere(id); // Keycloak posts a logout token to CRMir's back-channel address
        // the open page goes to the sign-in page by itself (pushed on the user's channel)
        Eventually.until(Duration.ofSeconds(15), browser::getCurrentUrl, address -> address.contains("/login.xhtml"));
        // and a page opened meanwhile asks for sign-in too
        browser.get(url("/clients.xhtml"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        visible(By.id("ssoSignIn"));
        screenshot(Path.of("target", "sso", "after-back-channel-logout.png"));
    }

    @Test
    void theSignInPageOffersKeycloakAndSaysWhyASignInFailed() throws Exception {
        browser.get(url("/login.xhtml?sso=no-role"));
        assertEquals("Sign in with Keycloak", visible(By.id("ssoSignIn")).getText().strip());
        assertTrue(visible(By.id("ssoRefusal")).getText().contains("no group that gives access to CRMir"));
        visible(By.id("login:username"));
        screenshot(Path.of("target", "sso", "sign-in-page.png"));
    }

    /** A new Keycloak user in crm-sales, signed in through Keycloak, on the clients page; returns its Keycloak id. */
    private String onTheClientsPageAsANewSalesUser(String name) {
        String id = Keycloak.createUser(name, PASSWORD, "crm-sales");
        signInWithKeycloak(name, PASSWORD);
        browser.get(url("/clients.xhtml"));
        visible(By.id("nav:profileLink"));
        return id;
    }

    private void signInWithKeycloak(String username, String password) {
        browser.get(url("/login.xhtml"));
        visible(By.id("ssoSignIn")).click();
        type(By.id("username"), username);
        type(By.id("password"), password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
    }

    private void signOut() {
        visible(By.id("nav:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml?signedOut=true"));
    }

    private boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }
}
