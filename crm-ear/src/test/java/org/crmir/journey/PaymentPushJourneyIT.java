package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A payment recorded on the client's page shows up on an open invoice page at once, with no reload; also after the
 * invoice page has idled past the server's websocket idle timeout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentPushJourneyIT extends BrowserJourney {

    /**
     * The test server closes a push socket after 3 s without traffic (-Dcrmir.push.idle-timeout-ms=3000 in
     * arquillian.xml; 90 s in production), so idling this long passes it three times over.
     */
    private static final long IDLE_MILLIS = 10_000;

    @Test
    void aPaymentMarksTheOpenInvoicePagePaid() {
        String clientUrl = openIssuedInvoiceOfNewClient();
        String invoiceWindow = browser.getWindowHandle();

        recordPaymentOnClientPage(clientUrl, "SEPA 42");

        browser.switchTo().window(invoiceWindow);
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Paid"));
        // Read through the wait: any later push of a payment renders the form again (a found element goes stale).
        wait.until(ExpectedConditions.textToBe(By.id("balance"), "0.00 EUR"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }

    /**
     * An invoice page left alone past the server's idle timeout keeps its push socket (the server pings it,
     * PushKeepAlive) and shows the next payment from its push, with no reload and no dropped socket: a dropped
     * one would call crmirSocketDropped, which this journey counts.
     */
    @Test
    void anInvoicePageIdlePastTheServersTimeoutStillGetsThePush() throws InterruptedException {
        String clientUrl = openIssuedInvoiceOfNewClient();
        String invoiceWindow = browser.getWindowHandle();
        browser.executeScript("window.crmirDrops = 0; const dropped = crmirSocketDropped;"
                + " crmirSocketDropped = function(reread) { window.crmirDrops++; dropped(reread); };");

        Thread.sleep(IDLE_MILLIS);
        assertEquals(0L, browser.executeScript("return window.crmirDrops;"), "the idle page's socket was dropped");

        recordPaymentOnClientPage(clientUrl, "Idle 7");

        browser.switchTo().window(invoiceWindow);
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Paid"));
        assertEquals(0L, browser.executeScript("return window.crmirDrops;"), "the idle page's socket was dropped");
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }

    /** Creates a client and an issued invoice of 240.00 EUR, and stays on the invoice page; the client page's URL. */
    private String openIssuedInvoiceOfNewClient() {
        signInAsAdmin();
        browser.get(url("/clients.xhtml")); // sign-in lands on the dashboard

        visible(By.id("clients:newClient")).click();
        type(By.id("clientForm:name"), "Payer " + UUID.randomUUID().toString().substring(0, 8));
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
        String clientUrl = browser.getCurrentUrl();

        visible(By.id("clientHeader:newInvoice")).click();
        wait.until(ExpectedConditions.urlContains("/invoice-edit.xhtml"));
        type(By.id("invoiceForm:lines:0:description"), "Annual maintenance");
        type(By.id("invoiceForm:lines:0:unitPrice"), "240");
        browser.findElement(By.id("invoiceForm:lines:0:description")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:total"), "240.00 EUR"));
        browser.findElement(By.id("invoiceForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
        visible(By.id("invoice:issue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Issued"));
        browser.executeScript("window.crmirNotReloaded = true;");
        return clientUrl;
    }

    /** Records a payment of 240.00 on the client's page, in a window of its own. */
    private void recordPaymentOnClientPage(String clientUrl, String reference) {
        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(clientUrl);
        visible(By.id("payments:recordPayment")).click();
        type(By.id("clientPaymentForm:amount"), "240.00");
        type(By.id("clientPaymentForm:reference"), reference);
        browser.findElement(By.id("clientPaymentForm:saveClientPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"), reference));
    }
}
