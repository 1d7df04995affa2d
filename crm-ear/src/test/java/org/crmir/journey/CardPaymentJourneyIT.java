package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crmir.payment.FakeStripe;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff issue an invoice and keep its page open; the customer opens the pay link in another browser, pays on
 * Stripe's hosted page (the local fake, which sends the signed webhooks), comes back to the pay page that shows
 * the invoice paid, and the staff page turns PAID without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardPaymentJourneyIT extends BrowserJourney {

    @Test
    void theCustomerPaysByCardAndTheOpenInvoicePageTurnsPaid() throws Exception {
        FakeStripe stripe = new FakeStripe().start();
        ChromeDriver customer = null;
        try {
            signInAsAdmin();
            createClient("Card Customer " + UUID.randomUUID().toString().substring(0, 8), null);
            visible(By.id("clientHeader:newInvoice")).click();
            wait.until(ExpectedConditions.urlContains("/invoice-edit.xhtml"));
            type(By.id("invoiceForm:lines:0:description"), "Garden maintenance");
            type(By.id("invoiceForm:lines:0:unitPrice"), "240");
            browser.findElement(By.id("invoiceForm:lines:0:description")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:total"), "240.00 EUR"));
            browser.findElement(By.id("invoiceForm:save")).click();
            wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
            visible(By.id("invoice:issue")).click();
            wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Issued"));
            String payLink = visible(By.id("invoice:payLink")).getAttribute("value");
            assertTrue(payLink.startsWith("http://127.0.0.1:8180/crmir/public/pay.xhtml?token="), payLink);

            // the PDF the client receives carries the same link
            Cookie session = browser.manage().getCookieNamed("CRMIRSESSION");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    visible(By.id("invoice:pdfDownload")).getAttribute("href")))
                    .header("Cookie", "CRMIRSESSION=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(document);
            }
            assertTrue(text.replaceAll("\\s", "").contains("Payonline:" + payLink), text);
            browser.executeScript("window.crmirNotReloaded = true;");

            customer = Browser.start();
            WebDriverWait customerWait = new WebDriverWait(customer, java.time.Duration.ofSeconds(30));
            customer.get(payLink);
            customerWait.until(ExpectedConditions.textToBe(By.id("amountDue"), "240.00 EUR"));
            assertEquals("Issued", customer.findElement(By.id("status")).getText());
            customer.findElement(By.id("pay:payByCard")).click();

            customerWait.until(ExpectedConditions.urlContains("127.0.0.1:" + FakeStripe.PORT + "/c/pay/cs_test_"));
            assertEquals("240.00 EUR", customer.findElement(By.id("amount")).getText());
            customer.findElement(By.id("submit")).click();

            customerWait.until(ExpectedConditions.urlContains("/public/pay.xhtml?token="));
            assertTrue(customer.getCurrentUrl().contains("paid=1"), customer.getCurrentUrl());
            customerWait.until(ExpectedConditions.textToBe(By.id("status"), "Paid"));
            assertTrue(customer.findElement(By.tagName("body")).getText().contains("This invoice is paid in full"));
            assertEquals("0.00 EUR", customer.findElement(By.id("amountDue")).getText());

            wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Paid"));
            assertEquals("0.00 EUR", browser.findElement(By.id("balance")).getText());
            assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
        } finally {
            if (customer != null) {
                customer.quit();
            }
            stripe.stop();
        }
    }
}
