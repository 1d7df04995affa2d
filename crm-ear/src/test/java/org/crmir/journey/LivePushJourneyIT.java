package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.crmir.support.MailServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live updates in a real browser: one window sends an email, another shows the communication history and is
 * never reloaded; the message's status (and, when it fails, the bell) changes there by websocket push. The SMTP
 * server is a real one (GreenMail) in the test process, which the test stops to make a message fail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LivePushJourneyIT extends BrowserJourney {

    private final MailServer smtp = new MailServer();

    @BeforeEach
    void startMailServer() {
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    private void sendEmail(String to, String subject) {
        visible(By.id("timeline:sendEmail")).click();
        type(By.id("emailForm:to"), to);
        type(By.id("emailForm:emailSubject"), subject);
        type(By.id("emailForm:emailBody"), "Hello from the push journey.");
        browser.findElement(By.id("emailForm:send")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("emailDialog")));
    }

    /**
     * The status shown in the history row of the message with this subject ('' while there is none): the status
     * cell alone, since the row's text holds the subject too, and "Sent ..." would pass for Sent while Queued.
     */
    private String historyStatus(String subject) {
        return (String) browser.executeScript("var rows = document.querySelectorAll('#history\\\\:table tr');"
                + "for (var i = 0; i < rows.length; i++) { if (rows[i].textContent.indexOf(arguments[0]) >= 0) {"
                + " var status = rows[i].querySelector('.interaction-status');"
                + " return status ? status.textContent.trim() : ''; } } return '';", subject);
    }

    /**
     * Sending from the client's page re-renders its timeline, and the push socket's script element with it; the
     * pushes that follow must still reach the page (the message turns SENT there, not only after a reload) and
     * raise no error in the browser. The same for the bell's socket, whose form "Mark all read" re-renders.
     */
    @Test
    void pushesStillArriveAfterTheirFormWasReRendered() throws Exception {
        signInAsAdmin();
        createClient("Timeline " + UUID.randomUUID().toString().substring(0, 8), null);
        browser.executeScript("window.crmirNotReloaded = true;");
        String subject = "Timeline push " + UUID.randomUUID().toString().substring(0, 8);
        sendEmail("cy@push.example", subject);
        wait.until(d -> timelineRowText(subject).toUpperCase(java.util.Locale.ROOT).contains("SENT"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
        assertEquals("", consoleErrors(), "console errors on the client page while its timeline was pushed");

        browser.get(url("/notifications.xhtml"));
        for (int click = 0; click < 3; click++) { // each marks read and pushes the bell; each re-renders its form
            visible(By.id("notifications:markAll")).click();
            Thread.sleep(700);
        }
        assertEquals("", consoleErrors(), "console errors on the notifications page while the bell was pushed");
    }

    private String timelineRowText(String subject) {
        return (String) browser.executeScript("var rows = document.querySelectorAll('#timeline\\\\:timelineTable tr');"
                + "for (var i = 0; i < rows.length; i++) { if (rows[i].textContent.indexOf(arguments[0]) >= 0)"
                + " return rows[i].textContent; } return '';", subject);
    }

    @Test
    void statusChangesAndTheBellUpdateAnOpenPageWithoutReload() throws Exception {
        String name = "Push " + UUID.randomUUID().toString().substring(0, 8);
        signInAsAdmin();
        browser.get(url("/clients.xhtml")); // sign-in lands on the dashboard

        visible(By.id("clients:newClient")).click();
        type(By.id("clientForm:name"), name);
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
        String clientWindow = browser.getWindowHandle();

        // A second window on the history page, marked so that a reload would be noticed.
        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(url("/communications.xhtml"));
        visible(By.id("history:table"));
        browser.executeScript("window.crmirNotReloaded = true;");
        String historyWindow = browser.getWindowHandle();

        String sentSubject = "Sent " + name;
        browser.switchTo().window(clientWindow);
        sendEmail("ann@push.example", sentSubject);

        browser.switchTo().window(historyWindow);
        wait.until(d -> historyStatus(sentSubject).equals("Sent"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
        assertEquals(1, smtp.receivedFor("ann@push.example").size());

        // The mail server goes down: the next email fails after its retries, and the bell counts it.
        smtp.stop();
        String failedSubject = "Failed " + name;
        browser.switchTo().window(clientWindow);
        sendEmail("bob@push.example", failedSubject);

        browser.switchTo().window(historyWindow);
        wait.until(d -> historyStatus(failedSubject).equals("Failed"));
        visible(By.id("nav:unread"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }
}
