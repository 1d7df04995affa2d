package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance → Reports: run a report from the menu's page, see it queued and then done without reloading (the push),
 * and download it through its link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsJourneyIT extends BrowserJourney {

    private static final By FIRST_STATUS = By.id("runs:table:0:status");
    private static final By FIRST_RUN = By.xpath("//tbody[@id='runs:table_data']/tr[1]/td[1]");

    @Test
    void aReportRunOnThePageIsShownDoneAndDownloads() {
        signInAsAdmin();
        new Actions(browser).moveToElement(visible(By.id("nav:menuFinance"))).perform();
        visible(By.id("nav:menuReports")).click();
        wait.until(ExpectedConditions.urlContains("/finance/reports.xhtml"));
        visible(By.id("runForm:run"));
        browser.executeScript("window.crmirNotReloaded = true;");

        browser.findElement(By.id("runForm:run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "queued"));
        // The push re-renders the table at any moment: read its rows through the wait, which reads a stale one again.
        String queued = wait.until(d -> d.findElement(FIRST_RUN).getText());
        wait.until(d -> d.findElement(FIRST_STATUS).getText().startsWith("Done"));
        assertEquals(queued, wait.until(d -> d.findElement(FIRST_RUN).getText()));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"),
                "the list followed the run by push, without reloading");

        String href = wait.until(d -> d.findElement(By.id("runs:table:0:download")).getAttribute("href"));
        assertTrue(href.contains("/finance/report-output?run="), href);
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                        + " type: r.headers.get('Content-Type'), head: String.fromCharCode(...new Uint8Array(b)"
                        + ".slice(0, 4))})));", href);
        assertEquals(200L, ((Number) download.get("status")).longValue());
        assertEquals("application/pdf", download.get("type"));
        assertEquals("%PDF", download.get("head"));
    }
}
