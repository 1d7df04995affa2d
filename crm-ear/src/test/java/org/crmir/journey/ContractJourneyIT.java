package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A contract from draft to active in Chromium: drafted from the client's page with rich terms and an important
 * date, a signed PDF uploaded (a real PDF, made here with PDFBox) and a refused text file, activated (numbered),
 * and its own PDF read back for the number, the client and the terms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractJourneyIT extends BrowserJourney {

    private static Path signedPdf() throws Exception {
        Path file = Files.createTempDirectory("crmir-journey").resolve("signed-contract.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aContractGoesFromDraftToActiveWithItsSignedPdf() throws Exception {
        String clientName = "Journey Contracts " + UUID.randomUUID().toString().substring(0, 8);
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        signInAsAdmin();
        createClient(clientName, "legal@journey-contracts.example");

        visible(By.id("clientHeader:newContract")).click();
        wait.until(ExpectedConditions.urlContains("/contract-edit.xhtml"));
        type(By.id("contractForm:title"), "Facility management");
        type(By.id("contractForm:value"), "12000");
        visible(By.cssSelector("#contractForm\\:terms .ql-editor")).click();
        browser.findElement(By.cssSelector("#contractForm\\:terms .ql-editor"))
                .sendKeys("Response within four hours, every day of the year.");
        visible(By.id("contractForm:addMilestone")).click();
        type(By.id("contractForm:milestones:0:milestoneLabel"), "Quarterly review");
        type(By.id("contractForm:milestones:0:milestoneDue_input"), LocalDate.now(ZoneOffset.UTC).plusMonths(3)
                .toString());
        browser.findElement(By.id("contractForm:title")).click();
        browser.findElement(By.id("contractForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/contract.xhtml"));
        assertEquals("Draft", visible(By.id("contract:contractStatus")).getText());
        assertTrue(visible(By.id("contractNumber")).getText().contains("(draft)"));

        // the signed PDF, then a file that only pretends to be one
        browser.findElement(By.linkText("Documents")).click();
        browser.findElement(By.id("contract:tabs:upload_input")).sendKeys(signedPdf().toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "signed-contract.pdf attached."));
        Path fake = Files.createTempDirectory("crmir-journey").resolve("fake.pdf");
        Files.writeString(fake, "just text, not a PDF", StandardCharsets.US_ASCII);
        browser.findElement(By.linkText("Documents")).click();
        browser.findElement(By.id("contract:tabs:upload_input")).sendKeys(fake.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract:messages"),
                "not a PDF, PNG, JPEG or Word"));
        browser.findElement(By.linkText("Documents")).click();
        String documents = visible(By.id("contract:tabs:documents")).getText();
        assertTrue(documents.contains("signed-contract.pdf"), documents);
        assertTrue(documents.contains("PDF"), documents);
        assertTrue(!documents.contains("fake.pdf"), documents);

        visible(By.id("contract:activate")).click();
        wait.until(ExpectedConditions.textToBe(By.id("contract:contractStatus"), "Active"));
        wait.until(ExpectedConditions.textMatches(By.id("contractNumber"),
                Pattern.compile("Contract CT-" + year + "-\\d{4}: Facility management")));
        String number = browser.findElement(By.id("contractNumber")).getText().replaceAll(".*(CT-\\d{4}-\\d{4}).*",
                "$1");
        browser.findElement(By.linkText("Terms")).click();
        assertTrue(visible(By.id("terms")).getText().contains("Response within four hours"));
        assertTrue(browser.findElements(By.id("contract:edit")).isEmpty(), "an active contract is not edited");

        // the contract PDF, fetched with the browser's session, says what was agreed
        String pdfUrl = visible(By.id("contract:pdf")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("CRMIRSESSION");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", "CRMIRSESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(number), text);
        assertTrue(text.contains(clientName), text);
        assertTrue(text.contains("Facility management"), text);
        assertTrue(text.contains("Response within four hours"), text);
        assertTrue(text.contains("Quarterly review"), text);
        assertTrue(text.contains("12000.00 EUR"), text);

        // the list finds it among contracts ending within a year
        browser.get(url("/contracts.xhtml"));
        type(By.id("contracts:ending_input"), "366");
        browser.findElement(By.id("contracts:contractOwner")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contracts:table"), number));
    }
}
