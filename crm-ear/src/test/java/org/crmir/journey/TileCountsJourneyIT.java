package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a user checks first on a dashboard: the number a tile shows is the number of rows its link opens. Every
 * counted link of the dashboard (tiles, aging buckets, quote outcomes, channels; marked with the count they show)
 * is followed in the browser, and the list it opens says "… of N" with the same N (or shows exactly that many rows
 * when it fits on one page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TileCountsJourneyIT extends BrowserJourney {

    private static final Pattern TOTAL = Pattern.compile("of ([\\d,.\\u00a0\\u202f ]+)\\s*$");

    private record CountedLink(String title, long count, String href) {
    }

    @Test
    void everyCountedTileOpensAListOfThatManyRows() throws Exception {
        signInAsAdmin();
        ApiRecords records = ApiRecords.create(this, "Tile counts client");
        String currency = body(Http.send("GET", "/api/v1/invoices/" + records.issuedInvoice(), records.token(), null))
                .getString("currency");
        ok(Http.send("POST", "/api/v1/payments", records.token(), Json.createObjectBuilder()
                .add("invoiceId", records.issuedInvoice()).add("amount", 10).add("currency", currency)
                .add("method", "BANK_TRANSFER").build().toString()), 201);

        List<CountedLink> links = settledLinks();
        assertTrue(links.size() >= 15, "counted links on the dashboard: " + links);
        assertTrue(links.stream().anyMatch(l -> l.count() > 0), "some tile counts something: " + links);

        List<String> wrong = new ArrayList<>();
        for (CountedLink link : links) {
            browser.get(link.href());
            long shown = rowsShown(link.href().contains("/finance/reconciliation") ? "events" : "table");
            if (shown != link.count()) {
                wrong.add(link.title() + ": the tile says " + link.count() + ", the list shows " + shown + " ("
                        + link.href() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The dashboard's counted links once the figures stand still: what the test just did (a payment, its receipt
     * e-mail, whose delivery may still fail and be counted) moves them for a few seconds, and a push re-renders the
     * tiles meanwhile, so the page is read in one script, twice, until two readings a moment apart agree.
     */
    private List<CountedLink> settledLinks() throws InterruptedException {
        List<CountedLink> before = List.of();
        for (int reading = 0; reading < 20; reading++) {
            browser.get(url("/dashboard.xhtml"));
            visible(By.id("receivables"));
            Thread.sleep(1500);
            List<CountedLink> now = new ArrayList<>();
            Object read = browser.executeScript("return Array.from(document.querySelectorAll('a[data-count]'))"
                    + ".map(function(a) { return [a.title, a.getAttribute('data-count'), a.href]; });");
            for (Object entry : (List<?>) read) {
                List<?> link = (List<?>) entry;
                now.add(new CountedLink(String.valueOf(link.get(0)), Long.parseLong(String.valueOf(link.get(1))),
                        String.valueOf(link.get(2))));
            }
            if (now.equals(before)) {
                return now;
            }
            before = now;
        }
        throw new AssertionError("the dashboard's figures kept moving: " + before);
    }

    /** The list's own count: its paginator's "… of N", or its rows when it fits on one page without a paginator. */
    private long rowsShown(String tableId) {
        WebElement list = visible(By.cssSelector("form [id$=':" + tableId + "'].ui-datatable"));
        WebElement table = list.findElement(By.cssSelector(".ui-datatable-data"));
        List<WebElement> reports = list.findElements(By.cssSelector(".ui-paginator-current"));
        for (WebElement report : reports) {
            Matcher total = TOTAL.matcher(report.getText().strip());
            if (report.isDisplayed() && total.find()) {
                return Long.parseLong(total.group(1).replaceAll("\\D", ""));
            }
        }
        return table.findElements(By.cssSelector("tr[data-ri]")).size();
    }

    private static JsonObject body(HttpResponse<String> response) {
        ok(response, 200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
    }
}
