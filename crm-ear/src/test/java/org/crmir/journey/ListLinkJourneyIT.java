package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.crmir.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dashboard tile's link, opened in the browser: the invoice list shows its filters filled in from the URL,
 * the rows that match them (as many as the API counts for the same parameters), and the user can change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListLinkJourneyIT extends BrowserJourney {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anInvoiceLinkFillsTheFiltersAndShowsTheMatchingInvoices() {
        signInAsAdmin();
        browser.get(url("/profile.xhtml"));
        type(By.id("tokens:tokenName"), "list link journey");
        browser.findElement(By.id("tokens:createToken")).click();
        String token = visible(By.id("tokenSecret")).getText().strip();

        String marker = UUID.randomUUID().toString().substring(0, 8);
        long soon = client(token, "Links Soon " + marker, 14);
        long later = client(token, "Links Later " + marker, 60);
        String dueSoon = number(token, issue(token, invoice(token, soon)));
        long voidedId = issue(token, invoice(token, soon));
        String voided = number(token, voidedId);
        ok(Http.send("POST", "/api/v1/invoices/" + voidedId + "/void", token, null), 200);
        String dueLater = number(token, issue(token, invoice(token, later)));
        invoice(token, soon);
        LocalDate dueTo = today.plusDays(30);

        // the tile's link, as the dashboard builds it
        browser.get(url("/invoices.xhtml?status=open&currency=EUR&dueTo=" + dueTo + "&client=" + soon));
        visible(By.id("invoices:table"));
        assertEquals("Open (issued, partly paid, overdue)", visible(By.id("invoices:status_label")).getText().strip());
        assertEquals("EUR", browser.findElement(By.id("invoices:currency_label")).getText().strip());
        assertEquals(dueTo.toString(), browser.findElement(By.id("invoices:dueTo_input")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("invoices:client_input")).getAttribute("value")
                .startsWith("Links Soon " + marker));
        String rows = browser.findElement(By.id("invoices:table_data")).getText();
        assertTrue(rows.contains(dueSoon), rows);
        assertFalse(rows.contains(voided), rows);
        assertFalse(rows.contains(dueLater), rows);
        long apiTotal = total(token, "/api/v1/invoices?status=open&currency=EUR&dueTo=" + dueTo + "&client=" + soon);
        assertEquals(1, apiTotal);
        assertEquals(apiTotal, browser.findElements(By.cssSelector("[id='invoices:table_data'] > tr")).size());

        // without the client, the later invoice still falls outside the due range
        browser.get(url("/invoices.xhtml?status=open&currency=EUR&dueTo=" + dueTo));
        rows = visible(By.id("invoices:table_data")).getText();
        assertTrue(rows.contains(dueSoon), rows);
        assertFalse(rows.contains(dueLater), rows);

        // the user clears the status: the voided invoice of the same due date shows too
        browser.get(url("/invoices.xhtml?status=open&currency=EUR&dueTo=" + dueTo + "&client=" + soon));
        choose("invoices:status", "Any status");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoices:table_data"), voided));
        assertEquals(2, browser.findElements(By.cssSelector("[id='invoices:table_data'] > tr")).size());

        // a link the page cannot read is said so, and not applied
        browser.get(url("/invoices.xhtml?status=unpaid&client=" + soon));
        assertTrue(visible(By.id("invoices:messages")).getText().contains("status"));
        assertEquals("Any status", visible(By.id("invoices:status_label")).getText().strip());
    }

    /**
     * Picks {@code label} in a select menu as a user does: opens it and clicks the item, again while the menu
     * still shows another choice (a click during the panel's opening animation can miss).
     */
    private void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(700))
                .ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    if (label.equals(d.findElement(By.id(menuId + "_label")).getText().strip())) {
                        return true;
                    }
                    List<WebElement> shown = d.findElements(item).stream().filter(WebElement::isDisplayed).toList();
                    if (shown.isEmpty()) {
                        d.findElement(By.id(menuId)).click();
                    } else {
                        shown.get(0).click();
                    }
                    return false;
                });
    }

    private static long client(String token, String name, int paymentTermsDays) {
        return json(ok(Http.send("POST", "/api/v1/clients", token, Json.createObjectBuilder().add("kind", "COMPANY")
                .add("name", name).add("currency", "EUR").add("paymentTermsDays", paymentTermsDays).build()
                .toString()), 201)).getJsonNumber("id").longValue();
    }

    private static long invoice(String token, long clientId) {
        String body = "{\"clientId\": " + clientId + ", \"lines\": [{\"description\": \"Work\", \"quantity\": 1,"
                + " \"unit\": \"h\", \"unitPrice\": 100, \"discountPercent\": 0, \"taxRate\": 0}]}";
        return json(ok(Http.send("POST", "/api/v1/invoices", token, body), 201)).getJsonNumber("id").longValue();
    }

    private static long issue(String token, long invoiceId) {
        ok(Http.send("POST", "/api/v1/invoices/" + invoiceId + "/issue", token, null), 200);
        return invoiceId;
    }

    private static String number(String token, long invoiceId) {
        return json(ok(Http.send("GET", "/api/v1/invoices/" + invoiceId, token, null), 200)).getString("number");
    }

    private static long total(String token, String path) {
        return json(ok(Http.send("GET", path, token, null), 200)).getJsonNumber("total").longValue();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
