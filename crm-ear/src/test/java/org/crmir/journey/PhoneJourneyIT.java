package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crmir.journey.PageExpectations.Visitor;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CRMir on a phone (375 × 812): signing in, the dashboard, the menu folded behind its button, a client made and
 * opened, a call logged and a payment recorded on it; no page wider than the screen, and the app's manifest for a
 * home screen. Then every page an administrator can open (all of them, with records to show), each no wider than
 * the screen and without browser console errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneJourneyIT extends BrowserJourney {

    private static final Path SHOTS = Path.of("target", "phone");

    private void fitsTheScreen(String page) {
        String wider = widerThanTheScreen(page);
        assertTrue(wider == null, wider);
    }

    /** Null when the page is no wider than the screen (its tables scroll inside themselves), else what is wrong. */
    private String widerThanTheScreen(String page) {
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long screen = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
        return width <= screen + 1 ? null : page + " is " + width + " px wide on a " + screen + " px screen";
    }

    private void startPhone() throws Exception {
        browser.quit();
        browser = Browser.startPhone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void everyPageAnAdministratorOpensFitsAPhoneWithoutConsoleErrors() throws Exception {
        startPhone();
        signInAsAdmin();
        ApiRecords records = ApiRecords.create(this, "Phone pages " + UUID.randomUUID().toString().substring(0, 8));
        List<String> failures = new ArrayList<>();
        for (String page : PageExpectations.pagesOfTheWebModule()) {
            if (PageExpectations.ACCESS.get(page).expectedStatus(Visitor.ADMIN) != 200) {
                continue; // the sign-in page (an administrator is sent on), the error pages
            }
            browser.get(url(page + records.query(page)));
            wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            Thread.sleep(300); // the charts and push sockets start after the load
            String wider = widerThanTheScreen(page);
            if (wider != null) {
                failures.add(wider);
            }
            String console = consoleErrors();
            if (!console.isEmpty()) {
                failures.add(page + ": browser console errors: " + console);
            }
            screenshot(SHOTS.resolve("pages").resolve(page.substring(1).replace('/', '_').replace(".xhtml", "")
                    + ".png"));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aPhoneUserSignsInFindsAClientLogsACallAndRecordsAPayment() throws Exception {
        startPhone();
        browser.get(url("/login.xhtml"));
        visible(By.id("login:username"));
        fitsTheScreen("the sign-in page");
        String manifest = browser.findElement(By.cssSelector("link[rel='manifest']")).getAttribute("href");
        screenshot(SHOTS.resolve("1-sign-in.png"));
        signInAsAdmin();
        wait.until(ExpectedConditions.urlContains("/dashboard.xhtml"));
        visible(By.id("receivables"));
        fitsTheScreen("the dashboard");
        assertFalse(browser.findElement(By.id("nav:menuClients")).isDisplayed(), "the menu is folded");
        screenshot(SHOTS.resolve("2-dashboard.png"));

        visible(By.id("navToggle")).click();
        visible(By.id("nav:menuClients")).click();
        wait.until(ExpectedConditions.urlContains("/clients.xhtml"));
        fitsTheScreen("the client list");
        String name = "Phone " + UUID.randomUUID().toString().substring(0, 8);
        createClient(name, "office@phone.example");
        assertEquals(name, visible(By.id("clientName")).getText());
        fitsTheScreen("the client page");
        screenshot(SHOTS.resolve("3-client.png"));

        visible(By.id("timeline:logInteraction")).click();
        type(By.id("logForm:sender"), "Admin");
        type(By.id("logForm:recipient"), "Rita at " + name);
        type(By.id("logForm:subject"), "Called about the renewal");
        assertEquals(375L, ((Number) browser.executeScript("return window.innerWidth;")).longValue(), "a phone");
        screenshot(SHOTS.resolve("4-log-call.png"));
        visible(By.id("logForm:saveLog")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline:timelineTable"),
                "Called about the renewal"));

        visible(By.id("payments:recordPayment")).click();
        type(By.id("clientPaymentForm:amount"), "120");
        type(By.id("clientPaymentForm:reference"), "Phone transfer 1");
        screenshot(SHOTS.resolve("5-record-payment.png"));
        visible(By.id("clientPaymentForm:saveClientPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"),
                "Phone transfer 1"));
        fitsTheScreen("the client page after a payment");
        screenshot(SHOTS.resolve("6-payment-recorded.png"));

        browser.get(manifest);
        String body = browser.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("\"display\": \"standalone\"") && body.contains("icon-512.png"), body);
    }
}
