package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A German-speaking user on a 1366 × 768 screen: the menu fits on one line, amounts are typed with a decimal
 * comma and shown back the German way, a wrong price is named by its label (no form ids), statuses read as words
 * (no codes) on client, invoice and list pages, the invoice list filters by client, clients are found by a word
 * inside their name and by a contact's name, a payment's receipt opens as a PDF, and a sent email can be read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserLanguageJourneyIT extends BrowserJourney {

    /** Codes that must never reach a screen; a word of them in capitals is an enum constant leaking out. */
    private static final Pattern CODE = Pattern.compile(
            "\\b(PARTIALLY_PAID|BANK_TRANSFER|MOBILE_MONEY|ISSUED|DRAFT|PAID|OVERDUE|CASH|PAYMENT|REFUND|RECORDED"
                    + "|OUTBOUND|INBOUND|EMAIL|QUEUED|SENDING|SENT|FAILED|COMPANY|PERSON|ACTIVE|ARCHIVED|MONTHLY)\\b");

    @Test
    void aGermanUserReadsWordsAndNumbersTheirWay() throws Exception {
        browser.quit();
        browser = Browser.start("de-DE,de", "1366,768");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String inside = "Sprach" + letters();
        String surname = "Kontakt" + letters();
        String clientName = "Nord " + inside + " Handel";
        signInAsAdmin();
        menuFitsOnOneLine();

        createClient(clientName, "buchhaltung@sprach.example");
        String clientUrl = browser.getCurrentUrl();
        visible(By.id("contacts:addContact")).click();
        type(By.id("contactDialogForm:contactName"), "Greta " + surname);
        type(By.id("contactDialogForm:contactEmail"), "greta@sprach.example");
        browser.findElement(By.id("contactDialogForm:saveContact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), surname));

        // a draft invoice typed the German way; a wrong price is named by its label
        visible(By.id("clientHeader:newInvoice")).click();
        wait.until(ExpectedConditions.urlContains("/invoice-edit.xhtml"));
        type(By.id("invoiceForm:lines:0:description"), "Beratung");
        type(By.id("invoiceForm:lines:0:quantity"), "1,5");
        type(By.id("invoiceForm:lines:0:unitPrice"), "abc");
        type(By.id("invoiceForm:lines:0:taxRate"), "19");
        browser.findElement(By.id("invoiceForm:save")).click();
        String refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoiceForm:messages")))
                .getText();
        assertTrue(refused.contains("Unit price: 'abc' is not a number."), refused);
        assertFalse(refused.contains("invoiceForm:"), refused);
        type(By.id("invoiceForm:lines:0:unitPrice"), "1.234,56");
        browser.findElement(By.id("invoiceForm:lines:0:description")).click();
        // 1,5 × 1.234,56 = 1.851,84, plus 19 % tax 351,85
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:total"), "2.203,69 EUR"));
        shot("invoice-edit");
        browser.findElement(By.id("invoiceForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
        String invoiceUrl = browser.getCurrentUrl();
        assertEquals("2.203,69 EUR", visible(By.id("invoice:documentTotal")).getText());
        String lines = browser.findElement(By.id("invoice:documentLines")).getText();
        assertTrue(lines.contains("1.234,56"), lines);
        assertTrue(lines.contains("19 %") || lines.contains("19\u00a0%"), lines);
        assertEquals("Draft", browser.findElement(By.id("invoice:invoiceStatus")).getText());

        visible(By.id("invoice:issue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Issued"));
        visible(By.id("invoice:recordPayment")).click();
        type(By.id("paymentForm:amount"), "100,50");
        browser.findElement(By.id("paymentForm:savePayment")).click();
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Partially paid"));
        assertEquals("2.103,19 EUR", visible(By.id("balance")).getText());
        noCodesOnScreen();
        shot("invoice");

        // the receipt opens as a PDF
        String receipt = visible(By.id("invoice:allocations:0:receipt")).getAttribute("href");
        assertPdf(receipt);

        // the client page: words, the receipt, and an email read in full
        browser.get(clientUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"), "100,50"));
        assertPdf(visible(By.id("payments:paymentTable:0:receipt")).getAttribute("href"));
        visible(By.id("timeline:sendEmail")).click();
        type(By.id("emailForm:to"), "greta@sprach.example");
        type(By.id("emailForm:emailSubject"), "Ihre Rechnung " + inside);
        type(By.id("emailForm:emailBody"), "Guten Tag,\nanbei die Rechnung.\nViele Grüße");
        browser.findElement(By.id("emailForm:send")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("emailDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline:timelineTable"), inside));
        // The e-mail's status changes are pushed and re-render the timeline: find the button afresh until clicked.
        By read = By.xpath("//tr[contains(., 'Ihre Rechnung " + inside + "')]//button[contains(@id, ':read')]");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(read).click();
            return true;
        });
        WebElement body = visible(By.id("readerBody"));
        assertEquals("Guten Tag,\nanbei die Rechnung.\nViele Grüße", body.getText());
        assertEquals("Ihre Rechnung " + inside, browser.findElement(By.id("readerSubject")).getText());
        assertEquals("greta@sprach.example", browser.findElement(By.id("readerTo")).getText());
        String status = browser.findElement(By.id("readerStatus")).getText();
        assertTrue(List.of("Queued", "Sending", "Sent", "Failed").contains(status), status);
        shot("email");
        noCodesOnScreen();

        // the invoice list, filtered by this client
        browser.get(url("/invoices.xhtml"));
        type(By.id("invoices:client_input"), inside);
        visible(By.cssSelector(".ui-autocomplete-item")).click();
        // The filter's two Ajax events (the item chosen, the field changed) each re-render the table: an element
        // read between them can go stale, which means "not yet", not a failure.
        wait.until(d -> {
            try {
                return d.findElements(By.cssSelector("#invoices\\:table_data > tr")).size() == 1
                        && d.findElement(By.id("invoices:table")).getText().contains(clientName);
            } catch (org.openqa.selenium.StaleElementReferenceException rendering) {
                return false;
            }
        });
        assertTrue(browser.findElement(By.id("invoices:table")).getText().contains("Partially paid"));
        noCodesOnScreen();
        shot("invoices");

        // clients found by a word inside the name, and by a contact's name
        browser.get(url("/clients.xhtml"));
        for (String typed : List.of(inside, surname, "Greta " + surname)) {
            type(By.id("clients:search"), typed);
            wait.until(d -> d.findElements(By.cssSelector("#clients\\:table_data > tr")).size() == 1
                    && d.findElement(By.id("clients:table")).getText().contains(clientName));
        }
        noCodesOnScreen();
        shot("clients");
        // the bar still fits with the bell's badge of unread notifications
        browser.get(invoiceUrl);
        visible(By.id("invoice:invoiceStatus"));
        menuFitsOnOneLine();

        // the product dialog keeps its Save button in sight while it shows every error
        browser.get(url("/products.xhtml"));
        visible(By.id("products:newProduct")).click();
        visible(By.id("productForm:saveProduct")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productForm:dialogMessages"), "SKU"));
        Object saveInSight = browser.executeScript("var r = document.getElementById('productForm:saveProduct')"
                + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;");
        shot("product-dialog");
        assertEquals(Boolean.TRUE, saveInSight);
    }

    /** Six letters no other test uses: a word of its own for the full-text search. */
    private static String letters() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replaceAll("[^a-f]", "").substring(0, 6);
    }

    /** Every top-level item of the menu bar on the same line. */
    private void menuFitsOnOneLine() throws Exception {
        visible(By.id("nav"));
        Object lines = browser.executeScript("var tops = {}; document.querySelectorAll("
                + "'#nav .ui-menubar-root-list > li, #nav .ui-menubar-options').forEach(function(e) {"
                + " if (e.offsetParent) { tops[Math.round(e.getBoundingClientRect().top / 20)] = true; } });"
                + " return Object.keys(tops).length;");
        shot("menu");
        assertEquals(1L, lines, "the top menu wraps at 1366 px");
    }

    private void noCodesOnScreen() {
        String text = browser.findElement(By.tagName("main")).getText();
        Matcher code = CODE.matcher(text);
        assertFalse(code.find(), () -> "a code on screen: " + code.group() + " in " + text);
    }

    private void assertPdf(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("CRMIRSESSION");
        // a receipt answers 202 "being prepared" until the step after the payment's commit has made it
        HttpResponse<byte[]> pdf = org.crmir.support.Eventually.until(java.time.Duration.ofSeconds(60),
                () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "CRMIRSESSION=" + session.getValue()).build(),
                        HttpResponse.BodyHandlers.ofByteArray()), r -> r.statusCode() != 202);
        assertEquals(200, pdf.statusCode(), href);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void shot(String name) throws Exception {
        Files.write(Path.of("/tmp/ux-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
