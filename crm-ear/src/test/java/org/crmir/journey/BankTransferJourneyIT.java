package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator is told that the company details are not set until the company's name is given; with the bank
 * account in the settings, the pay page of an issued invoice tells the client how to pay by bank transfer (beside
 * card payment), shows the lines and totals, and offers the invoice's PDF without sign-in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankTransferJourneyIT extends BrowserJourney {

    private static final String IBAN = "DE89 3704 0044 0532 0130 00";

    private void shot(String name) throws Exception {
        Files.write(Path.of("/tmp/quotes-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void saveSettings(String companyName, String accountNumber) {
        browser.get(url("/admin/settings.xhtml"));
        type(By.id("settingsForm:companyName"), companyName);
        type(By.id("settingsForm:bankAccountHolder"), "Journey Gardens Ltd");
        type(By.id("settingsForm:bankName"), "Commerzbank Köln");
        type(By.id("settingsForm:bankAccountNumber"), accountNumber);
        type(By.id("settingsForm:bankBic"), "COBADEFFXXX");
        type(By.id("settingsForm:paymentInstructions"), "Please pay within 14 days.");
        browser.findElement(By.id("settingsForm:saveSettings")).click();
    }

    @Test
    void theAdministratorSetsTheCompanyAndTheClientSeesHowToPayByBankTransfer() throws Exception {
        signInAsAdmin();

        // Still the placeholder name: every page tells the administrator, with a link to the settings.
        saveSettings("Your Company", IBAN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "saved"));
        browser.get(url("/clients.xhtml"));
        assertTrue(visible(By.id("companySetupBanner")).getText().contains("Your company details are not set"));
        shot("banner");
        visible(By.id("companySetupLink")).click();
        wait.until(ExpectedConditions.urlContains("/admin/settings.xhtml"));

        // A mistyped IBAN is refused, with the field named; the right one is saved and the banner goes at once.
        saveSettings("Journey Gardens Ltd", "DE89 3704 0044 0532 0130 01");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:messages"), "IBAN"));
        assertTrue(browser.findElement(By.id("settingsForm:messages")).getText().contains("Bank account number"));
        saveSettings("Journey Gardens Ltd", IBAN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "saved"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("companySetupBanner")));
        shot("settings");
        browser.get(url("/clients.xhtml"));
        assertTrue(browser.findElements(By.id("companySetupBanner")).isEmpty(), "no banner once the name is set");

        // An issued invoice and its pay link.
        createClient("Transfer Customer " + UUID.randomUUID().toString().substring(0, 8), null);
        visible(By.id("clientHeader:newInvoice")).click();
        wait.until(ExpectedConditions.urlContains("/invoice-edit.xhtml"));
        type(By.id("invoiceForm:lines:0:description"), "Hedge trimming");
        type(By.id("invoiceForm:lines:0:unitPrice"), "240");
        browser.findElement(By.id("invoiceForm:lines:0:description")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:total"), "240.00 EUR"));
        browser.findElement(By.id("invoiceForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
        visible(By.id("invoice:issue")).click();
        wait.until(ExpectedConditions.textMatches(By.id("invoiceNumber"), java.util.regex.Pattern.compile(
                "INV-\\d{4}-\\d{6}")));
        String number = browser.findElement(By.id("invoiceNumber")).getText().replace("Invoice ", "").strip();
        String payLink = visible(By.id("invoice:payLink")).getAttribute("value");

        // The client, not signed in, opens the pay link.
        browser.manage().deleteAllCookies();
        browser.get(payLink);
        assertEquals("Journey Gardens Ltd", visible(By.id("company")).getText());
        assertEquals("Journey Gardens Ltd", visible(By.id("bankAccountHolder")).getText());
        assertEquals("Commerzbank Köln", browser.findElement(By.id("bankName")).getText());
        assertEquals(IBAN, browser.findElement(By.id("bankAccountNumber")).getText());
        assertEquals("COBADEFFXXX", browser.findElement(By.id("bankBic")).getText());
        assertEquals(number, browser.findElement(By.id("paymentReference")).getText());
        assertEquals("240.00 EUR", browser.findElement(By.id("transferAmount")).getText());
        assertTrue(browser.findElement(By.id("paymentInstructions")).getText().contains("within 14 days"));
        assertTrue(browser.findElements(By.id("pay:payByCard")).size() == 1, "card payment is offered as well");
        assertTrue(visible(By.id("pay:documentLines")).getText().contains("Hedge trimming"));
        assertEquals("240.00 EUR", browser.findElement(By.id("pay:documentTotal")).getText());
        shot("pay");
        browser.executeScript("document.getElementById('pay:bankTransfer').scrollIntoView()");
        shot("pay-bank");

        // The invoice's PDF, through the same token and without a session.
        String pdfUrl = visible(By.id("pay:invoicePdf")).getAttribute("href");
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<byte[]> pdf = anonymous.send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("Hedge trimming"), text);
        assertTrue(text.contains("IBAN / account number: " + IBAN), text);
        assertTrue(text.contains("Payment reference: " + number), text);
        HttpResponse<byte[]> forged = anonymous.send(HttpRequest.newBuilder(URI.create(
                pdfUrl.replaceAll("token=.*", "token=" + "x".repeat(43)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, forged.statusCode(), "an unknown token finds no PDF");
    }
}
