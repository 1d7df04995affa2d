package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.crmir.support.OutsideDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sign-in page while password sign-in is off, in a real browser: only "Administrator sign-in" is offered, the
 * break-glass administrator signs in through it, and switches password sign-in on again on Admin → Sign-in. The
 * switch is set in the database first: the service switches it off only while single sign-on is configured.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInSwitchJourneyIT extends BrowserJourney {

    private static final Path SHOTS = Path.of("target", "accounts");

    @Test
    void whileOffOnlyTheBreakGlassAdministratorSignsInAndCanSwitchItOnAgain() throws Exception {
        passwordSignInOnlyForAdmin(true);
        try {
            browser.get(url("/login.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordSignInOff"),
                    "Signing in with a CRMir password is switched off"));
            assertTrue(browser.findElements(By.id("login:password")).isEmpty(), "the password form is offered");
            screenshot(SHOTS.resolve("9-sign-in-password-off.png"));
            visible(By.id("adminSignIn")).click();
            wait.until(ExpectedConditions.urlContains("admin=true"));
            type(By.id("login:username"), "admin");
            type(By.id("login:password"), adminPassword());
            screenshot(SHOTS.resolve("10-administrator-sign-in.png"));
            browser.findElement(By.id("login:signIn")).click();
            wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));

            browser.get(url("/admin/sign-in.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"),
                    "except the break-glass administrator admin"));
            screenshot(SHOTS.resolve("11-admin-sign-in-settings-off.png"));
            visible(By.id("signIn:switchOn")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"),
                    "Everyone may sign in with a CRMir password."));
            screenshot(SHOTS.resolve("12-admin-sign-in-settings-on.png"));

            browser.manage().deleteAllCookies();
            browser.get(url("/login.xhtml"));
            assertFalse(visible(By.id("login:password")).getAttribute("id").isEmpty());
        } finally {
            passwordSignInOnlyForAdmin(false);
        }
    }

    private static void passwordSignInOnlyForAdmin(boolean off) throws SQLException {
        OutsideDatabase.named("CRMIR_DB_URL").update("UPDATE sign_in_settings SET password_sign_in = ?,"
                + " break_glass_user_id = (SELECT id FROM users WHERE username = 'admin' AND ?),"
                + " version = version + 1 WHERE id = 1", !off, off);
    }
}
