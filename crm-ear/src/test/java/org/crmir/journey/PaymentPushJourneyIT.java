package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.crmir.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A payment recorded on the client's page shows up on an open invoice page at once, with no reload. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentPushJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crmir();
    }

    @Test
    void aPaymentMarksTheOpenInvoicePagePaid() {
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
        String invoiceWindow = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(clientUrl);
        visible(By.id("payments:recordPayment")).click();
        type(By.id("clientPaymentForm:amount"), "240.00");
        type(By.id("clientPaymentForm:reference"), "SEPA 42");
        browser.findElement(By.id("clientPaymentForm:saveClientPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"), "SEPA 42"));

        browser.switchTo().window(invoiceWindow);
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Paid"));
        assertEquals("0.00 EUR", browser.findElement(By.id("balance")).getText());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }
}
