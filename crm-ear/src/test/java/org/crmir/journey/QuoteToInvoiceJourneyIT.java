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
import org.crmir.support.MailServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From offer to invoice in a real browser: create a quote, send it, accept it through its public link, convert
 * it, issue the invoice, and read the downloaded PDF (PDFBox) for number, client, line and total.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuoteToInvoiceJourneyIT extends BrowserJourney {

    @Test
    void quoteSentAcceptedConvertedIssuedAndItsPdfRead() throws Exception {
        // Sending emails the quote: a real mail server (in this JVM, on the port the server sends to) takes it.
        MailServer smtp = new MailServer().start();
        try {
            journey();
        } finally {
            smtp.stop();
        }
    }

    private void journey() throws Exception {
        String clientName = "Journey Docs " + UUID.randomUUID().toString().substring(0, 8);
        signInAsAdmin();
        browser.get(url("/clients.xhtml")); // sign-in lands on the dashboard

        visible(By.id("clients:newClient")).click();
        type(By.id("clientForm:name"), clientName);
        type(By.id("clientForm:email"), "billing@journey-docs.example");
        type(By.id("clientForm:city"), "Porto");
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));

        // the quote, with one free line
        visible(By.id("clientHeader:newQuote")).click();
        wait.until(ExpectedConditions.urlContains("/quote-edit.xhtml"));
        type(By.id("quoteForm:lines:0:description"), "Garden design workshop");
        type(By.id("quoteForm:lines:0:quantity"), "2");
        type(By.id("quoteForm:lines:0:unitPrice"), "150");
        type(By.id("quoteForm:lines:0:taxRate"), "19");
        browser.findElement(By.id("quoteForm:lines:0:description")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteForm:total"), "357.00 EUR"));
        browser.findElement(By.id("quoteForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/quote.xhtml"));

        visible(By.id("quote:send")).click();
        WebElement link = visible(By.id("quote:publicLink"));
        String quoteUrl = browser.getCurrentUrl();
        String publicLink = link.getAttribute("href");
        assertTrue(publicLink.contains("/public/quote.xhtml?token="), publicLink);

        // the client accepts through the public link
        browser.get(publicLink);
        assertEquals("357.00 EUR", visible(By.id("publicQuote:total")).getText());
        visible(By.id("publicQuote:accept")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Accepted"));

        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/quotes-public-quote.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // the quote's history shows the email to the client and the client's answer
        browser.get(quoteUrl);
        String history = visible(By.id("quote:quoteHistory")).getText();
        assertTrue(history.contains("billing@journey-docs.example"), history);
        assertTrue(history.contains("accepted by the client"), history);
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/quotes-quote-page.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // convert, then issue
        visible(By.id("quote:convert")).click();
        wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
        visible(By.id("invoice:issue")).click();
        wait.until(ExpectedConditions.textMatches(By.id("invoiceNumber"), java.util.regex.Pattern.compile("INV-\\d{4}-\\d{6}")));
        String number = browser.findElement(By.id("invoiceNumber")).getText().replace("Invoice ", "").strip();

        // download the PDF with the browser's session and read it
        String pdfUrl = visible(By.id("invoice:pdfDownload")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("CRMIRSESSION");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", "CRMIRSESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains(number), text);
        assertTrue(text.contains(clientName), text);
        assertTrue(text.contains("Garden design workshop"), text);
        assertTrue(text.contains("357.00 EUR"), text);
        assertTrue(text.contains("Porto"), text);
    }
}
