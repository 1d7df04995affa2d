package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a user is told after acting: each confirmation once (the growl), a recorded payment confirmed, a draft
 * discarded only after a yes and then gone from the screen, an attachment over the limit refused with a message
 * (not a reset connection), and the tab in use kept after attaching a file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackJourneyIT extends BrowserJourney {

    private static final By GROWL = By.id("growl_container");

    private int occurrencesOnScreen(String text) {
        String screen = browser.findElement(By.tagName("body")).getText();
        return screen.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Test
    void confirmationsShowOnceAndPaymentsAreConfirmed() {
        signInAsAdmin();
        createClient("Feedback " + UUID.randomUUID().toString().substring(0, 8), null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "Client saved."));
        assertEquals(1, occurrencesOnScreen("Client saved."), "\"Client saved.\" shown once");

        visible(By.id("payments:recordPayment")).click();
        type(By.id("clientPaymentForm:amount"), "1000");
        type(By.id("clientPaymentForm:reference"), "Cheque 7");
        browser.findElement(By.id("clientPaymentForm:saveClientPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"), "Cheque 7"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "recorded"));
        assertEquals(1, occurrencesOnScreen("Payment of"), "the payment confirmed once");
    }

    @Test
    void discardingADraftAsksFirstAndLeavesTheDraft() {
        signInAsAdmin();
        createClient("Discard " + UUID.randomUUID().toString().substring(0, 8), null);
        visible(By.id("clientHeader:newInvoice")).click();
        wait.until(ExpectedConditions.urlContains("/invoice-edit.xhtml"));
        type(By.id("invoiceForm:lines:0:description"), "Setup");
        type(By.id("invoiceForm:lines:0:unitPrice"), "50");
        browser.findElement(By.id("invoiceForm:lines:0:description")).click();
        browser.findElement(By.id("invoiceForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
        String draftUrl = browser.getCurrentUrl();

        visible(By.id("invoice:discard")).click();
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click(); // changed my mind
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertEquals(draftUrl, browser.getCurrentUrl());
        assertTrue(visible(By.id("invoice:discard")).isDisplayed(), "the draft is still there");

        browser.findElement(By.id("invoice:discard")).click();
        assertTrue(visible(By.cssSelector(".ui-confirm-dialog")).getText().contains("cannot be undone"));
        browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        wait.until(ExpectedConditions.urlContains("/invoices.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "Draft discarded."));
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedWithAMessageAndTheTabStays() throws Exception {
        signInAsAdmin();
        createClient("Uploads " + UUID.randomUUID().toString().substring(0, 8), null);
        visible(By.id("clientHeader:newContract")).click();
        wait.until(ExpectedConditions.urlContains("/contract-edit.xhtml"));
        type(By.id("contractForm:title"), "Cleaning");
        type(By.id("contractForm:value"), "1200");
        browser.findElement(By.id("contractForm:title")).click();
        browser.findElement(By.id("contractForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/contract.xhtml"));
        browser.findElement(By.linkText("Documents")).click();

        Path big = Files.createTempDirectory("crmir-journey").resolve("scan-20mb.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024);
        }
        browser.findElement(By.id("contract:tabs:upload_input")).sendKeys(big.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "larger than 10 MB"));
        assertTrue(visible(By.id("contract:tabs:documents")).getText().contains("No documents attached."));

        Path pdf = Files.createTempDirectory("crmir-journey").resolve("signed.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        browser.findElement(By.id("contract:tabs:upload_input")).sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(GROWL, "signed.pdf attached."));
        // still on the Documents tab, which lists the file without another click
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract:tabs:documents"), "signed.pdf"));
        assertTrue(browser.findElement(By.id("contract:tabs:documents")).isDisplayed(), "the Documents tab stays");
    }
}
