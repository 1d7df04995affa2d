package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The reconciliation page: in the menu for an administrator, and its receivables follow a payment live. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationJourneyIT extends BrowserJourney {

    private static final By RECEIVED_TODAY_EUR = By.xpath(
            "//tbody[@id='recon:figures_data']/tr[td[1][normalize-space()='EUR']]/td[4]");

    private BigDecimal receivedTodayInEuro() {
        List<WebElement> cells = browser.findElements(RECEIVED_TODAY_EUR);
        // shown in the browser's (English) locale: grouped in thousands with commas
        return cells.isEmpty() ? BigDecimal.ZERO : new BigDecimal(cells.get(0).getText().strip().replace(",", ""));
    }

    @Test
    void aPaymentRecordedElsewhereUpdatesTheReceivablesWithoutReload() {
        signInAsAdmin();
        // the Finance sub-menu opens as the pointer rests on it, as a user's would
        new Actions(browser).moveToElement(visible(By.id("nav:menuFinance"))).perform();
        visible(By.id("nav:menuReconciliation")).click();
        wait.until(ExpectedConditions.urlContains("/finance/reconciliation.xhtml"));
        visible(By.id("recon:events"));
        assertTrue(browser.getPageSource().contains("Unallocated payments"));
        BigDecimal before = receivedTodayInEuro();
        browser.executeScript("window.crmirNotReloaded = true;");
        String reconciliationWindow = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(url("/clients.xhtml"));
        visible(By.id("clients:newClient")).click();
        type(By.id("clientForm:name"), "Recon Journey " + UUID.randomUUID().toString().substring(0, 8));
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
        visible(By.id("payments:recordPayment")).click();
        type(By.id("clientPaymentForm:amount"), "75.00");
        type(By.id("clientPaymentForm:reference"), "RECON 7");
        browser.findElement(By.id("clientPaymentForm:saveClientPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"), "RECON 7"));

        browser.switchTo().window(reconciliationWindow);
        BigDecimal expected = before.add(new BigDecimal("75.00"));
        wait.until(d -> receivedTodayInEuro().compareTo(expected) == 0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recon:unallocated"), "RECON 7"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }
}
