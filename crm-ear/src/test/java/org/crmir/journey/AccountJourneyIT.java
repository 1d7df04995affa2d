package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.crmir.support.Eventually;
import org.crmir.support.Http;
import org.crmir.support.MailLinks;
import org.crmir.support.MailServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Local accounts in a real browser: an administrator invites a person from the Users page (who shows as "Invited"
 * there, not "Active"), sends the invitation again, the person opens the newest mailed link, chooses a password and
 * signs in (the header names them); later they forget it, ask for a reset link on the sign-in page and choose a new
 * one. An invitation whose e-mail cannot be sent says so on the Users page and in the administrator's
 * notifications. Screenshots of each page in target/accounts/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyIT extends BrowserJourney {

    private static final Path SHOTS = Path.of("target", "accounts");

    @Test
    void invitedPersonChoosesAPasswordSignsInAndLaterResetsIt() throws Exception {
        MailServer smtp = new MailServer().start();
        try {
            journey(smtp);
        } finally {
            smtp.stop();
        }
    }

    private void journey(MailServer smtp) throws Exception {
        String name = "journey" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@corp.example";

        signInAsAdmin();
        browser.get(url("/admin/users.xhtml"));
        visible(By.id("users:inviteUser")).click();
        type(By.id("inviteDialogForm:inviteUsername"), name);
        type(By.id("inviteDialogForm:inviteName"), "Jo Journey");
        type(By.id("inviteDialogForm:inviteEmail"), email);
        screenshot(SHOTS.resolve("1-invite-dialog.png"));
        visible(By.id("inviteDialogForm:sendInvitation")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Invitation sent to " + email));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations:invitationTable"), name));
        assertEquals("Invited", statusOf(name));
        screenshot(SHOTS.resolve("2-users-with-invitation.png"));
        String lost = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 1).get(0));

        // the mail got lost: sent again from the person's row, the first link stops working
        rowOf(name).findElement(By.cssSelector("[id$='resendInvitation']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Invitation sent again to " + email + "; the earlier link no longer works."));
        screenshot(SHOTS.resolve("2b-invitation-sent-again.png"));
        assertEquals("Invited", statusOf(name));
        List<MimeMessage> mails = MailLinks.awaitMails(smtp, email, 2);
        String invitation = MailLinks.linkIn(mails.get(1));
        browser.manage().deleteAllCookies();
        browser.get(lost);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problemNotice"), "no longer works"));
        consoleErrors(); // its 410 is expected
        browser.manage().deleteAllCookies();
        browser.get(invitation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Welcome to CRMir"));
        assertTrue(visible(By.id("username")).getText().equals(name));
        type(By.id("choose:password"), "password1");
        type(By.id("choose:repeated"), "password1");
        browser.findElement(By.id("choose:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("choose:messages"), "common or breached"));
        screenshot(SHOTS.resolve("3-invitation-weak-password.png"));
        type(By.id("choose:password"), "harbour violet compass");
        type(By.id("choose:repeated"), "harbour violet compass");
        browser.findElement(By.id("choose:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneNotice"), "Your password is set"));
        screenshot(SHOTS.resolve("4-invitation-done.png"));

        browser.get(invitation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problemNotice"),
                "This link was already used"));
        screenshot(SHOTS.resolve("5-invitation-used.png"));
        // the page answers 410 Gone on purpose, which the console reports; nothing else may be there
        String console = consoleErrors();
        assertTrue(console.lines().allMatch(line -> line.contains("status of 410")), console);

        signIn(name, "harbour violet compass");
        assertEquals("Jo Journey", visible(By.id("nav:profileLink")).getText().strip(), "the header names them");
        browser.get(url("/profile.xhtml"));
        browser.executeScript("arguments[0].scrollIntoView()", visible(By.cssSelector("[id$='newPassword']")));
        screenshot(SHOTS.resolve("5b-profile-password-hint.png"));
        browser.manage().deleteAllCookies();

        // forgot it: the link on the sign-in page
        browser.get(url("/login.xhtml"));
        visible(By.id("forgotPassword")).click();
        wait.until(ExpectedConditions.urlContains("/public/forgot-password.xhtml"));
        type(By.id("forgot:email"), email);
        screenshot(SHOTS.resolve("6-forgot-password.png"));
        browser.findElement(By.id("forgot:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sentNotice"),
                "we have sent it a link"));
        screenshot(SHOTS.resolve("7-forgot-password-sent.png"));

        String reset = MailLinks.linkIn(MailLinks.awaitMails(smtp, email, 3).get(2));
        browser.get(reset);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Choose a new password"));
        screenshot(SHOTS.resolve("8-reset.png"));
        type(By.id("choose:password"), "maple tunnel quartz");
        type(By.id("choose:repeated"), "maple tunnel quartz");
        browser.findElement(By.id("choose:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneNotice"), "Your password is set"));
        visible(By.id("toSignIn")).click();
        signIn(name, "maple tunnel quartz");
    }

    /**
     * The calendar link as a user meets it: made on the profile page and shown once, read by a calendar app (an
     * HTTP client without a session), the read then shown on the page, and turned off after a confirmation.
     */
    @Test
    void aCalendarLinkIsMadeReadByACalendarAppAndTurnedOff() throws Exception {
        signInAsAdmin();
        browser.get(url("/profile.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendarState"),
                "You have no calendar link."));
        visible(By.id("calendar:makeCalendarLink")).click();
        String link = visible(By.id("calendarUrl")).getText().strip();
        screenshot(SHOTS.resolve("c1-calendar-link.png"));
        assertTrue(link.startsWith(Http.base() + "/calendar/cal_") && link.endsWith(".ics"), link);
        assertEquals(link.replaceFirst("^https?://", "webcal://"),
                browser.findElement(By.id("calendarSubscribe")).getAttribute("href"), "for Apple Calendar, Outlook");

        String path = link.substring(Http.base().length());
        var feed = Http.send("GET", path, null, null);
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"), feed.body());

        browser.get(url("/profile.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendarState"),
                "a calendar app last read it on"));
        visible(By.id("calendar:turnOffCalendarLink")).click();
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "Calendar link turned off"));
        screenshot(SHOTS.resolve("c2-calendar-link-off.png"));
        assertEquals(404, Http.send("GET", path, null, null).statusCode(), "the link gives nothing any more");
    }

    @Test
    void anInvitationThatCannotBeMailedSaysSoOnTheUsersPageAndInTheBell() throws Exception {
        MailServer smtp = new MailServer(); // not started: the mail server is away
        String name = "bounce" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@corp.example";
        try {
            signInAsAdmin();
            browser.get(url("/admin/users.xhtml"));
            visible(By.id("users:inviteUser")).click();
            type(By.id("inviteDialogForm:inviteUsername"), name);
            type(By.id("inviteDialogForm:inviteName"), "Bo Bounce");
            type(By.id("inviteDialogForm:inviteEmail"), email);
            visible(By.id("inviteDialogForm:sendInvitation")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Invitation sent to " + email));
            Eventually.until(Duration.ofSeconds(60), () -> {
                browser.navigate().refresh();
                return statusOf(name);
            }, "Invitation e-mail could not be sent"::equals);
            assertTrue(Integer.parseInt(visible(By.id("nav:unread")).getText().strip()) >= 1, "the bell counts it");
            screenshot(SHOTS.resolve("9-invitation-not-sent.png"));
            browser.get(url("/notifications.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "The invitation e-mail to Bo Bounce (" + name + ", " + email + ") could not be sent"));
            screenshot(SHOTS.resolve("10-notification.png"));

            smtp.start();
            browser.get(url("/admin/users.xhtml"));
            statusOf(name); // narrows the table to this person
            rowOf(name).findElement(By.cssSelector("[id$='resendInvitation']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Invitation sent again to " + email));
            wait.until(d -> "Invited".equals(statusOf(name)));
            MailLinks.awaitMails(smtp, email, 1);
        } finally {
            smtp.stop();
        }
    }

    /** The row of the users table that shows this username, or null (also while the table is being replaced). */
    private WebElement rowOf(String username) {
        visible(By.id("users:table"));
        try {
            return browser.findElements(By.cssSelector("[id='users:table'] tbody tr")).stream()
                    .filter(row -> row.getText().contains(username)).findFirst().orElse(null);
        } catch (StaleElementReferenceException replaced) {
            return null;
        }
    }

    /** The status word of this username's row; the search narrows the table to it first when it is not shown. */
    private String statusOf(String username) {
        if (rowOf(username) == null) {
            type(By.id("users:search"), username);
        }
        return wait.until(d -> {
            try {
                WebElement row = rowOf(username);
                return row == null ? null : row.findElement(By.cssSelector("[id$=':status']")).getText().strip();
            } catch (StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    private void signIn(String username, String password) {
        browser.get(url("/login.xhtml"));
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
    }
}
