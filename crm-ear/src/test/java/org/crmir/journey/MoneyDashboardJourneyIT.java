package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crmir.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * With the dashboard open, a payment recorded through the REST API moves its tiles (collected today, what is
 * owed) and the month's bar of collections without a reload; the chart's bars carry the links of their lists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MoneyDashboardJourneyIT extends BrowserJourney {

    /** A currency no other test uses, so that its figures are this journey's alone. */
    private static final String DKK = "DKK";

    @Test
    void aPaymentThroughTheApiMovesTheOpenDashboard() throws Exception {
        signInAsAdmin();
        browser.get(url("/profile.xhtml"));
        type(By.id("tokens:tokenName"), "dashboard journey");
        browser.findElement(By.id("tokens:createToken")).click();
        String token = visible(By.id("tokenSecret")).getText().strip();
        long client = id(ok(Http.send("POST", "/api/v1/clients", token, Json.createObjectBuilder()
                .add("kind", "COMPANY").add("name", "Danish Dashboard Co").add("currency", DKK).build().toString()),
                201));
        String invoice = "{\"clientId\": " + client + ", \"lines\": [{\"description\": \"Design\", \"quantity\": 1,"
                + " \"unit\": \"job\", \"unitPrice\": 1000, \"discountPercent\": 0, \"taxRate\": 0}]}";
        long invoiceId = id(ok(Http.send("POST", "/api/v1/invoices", token, invoice), 201));
        ok(Http.send("POST", "/api/v1/invoices/" + invoiceId + "/issue", token, null), 200);

        browser.get(url("/dashboard.xhtml"));
        String collected = "#collections [data-currency='DKK'] .crm-collected-today .crm-tile-figure";
        String owed = "#receivables [data-currency='DKK'] .crm-tile .crm-tile-figure";
        assertEquals("000", digits(visible(By.cssSelector(collected)).getText()), "nothing collected yet");
        assertEquals("100000", digits(visible(By.cssSelector(owed)).getText()), "the invoice is owed");
        assertEquals(0L, ((Number) lastCollectedBar()).longValue());
        String agingLinks = String.valueOf(browser.executeScript("return Chart.getChart(document.querySelector("
                + "'.crm-chart-aging canvas')).data.datasets[0].links.join(' ');"));
        assertTrue(agingLinks.contains("/invoices.xhtml?status=open&currency=DKK"), agingLinks);
        browser.executeScript("window.crmirNotReloaded = true;");

        ok(Http.send("POST", "/api/v1/payments", token, Json.createObjectBuilder().add("clientId", client)
                .add("amount", 400).add("currency", DKK).add("method", "BANK_TRANSFER")
                .add("receivedOn", LocalDate.now(ZoneOffset.UTC).toString()).build().toString()), 201);

        wait.until(d -> digits(d.findElement(By.cssSelector(collected)).getText()).equals("40000"));
        wait.until(d -> digits(d.findElement(By.cssSelector(owed)).getText()).equals("60000"));
        wait.until(d -> lastCollectedBar() instanceof Number n && n.longValue() == 400);
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));

        browser.executeScript("document.getElementById('moneyCharts').scrollIntoView();");
        screenshot(java.nio.file.Path.of("target", "MoneyDashboardJourneyIT-charts.png"));

        // A click on this month's bar of invoicing opens the invoice list of that month and currency.
        // Found, measured and clicked in one go: a late push may re-render the charts in between (the wait ignores
        // stale elements and tries again).
        wait.until(d -> {
            WebElement canvas = d.findElement(By.cssSelector(".crm-chart-months[data-currency='DKK'] canvas"));
            Map<?, ?> bar = (Map<?, ?>) browser.executeScript("var chart = Chart.getChart(arguments[0]);"
                    + " var bars = chart.getDatasetMeta(0).data; var bar = bars[bars.length - 1];"
                    + " return {x: bar.x, y: (bar.y + bar.base) / 2, width: chart.width, height: chart.height};",
                    canvas);
            new Actions(browser).moveToElement(canvas,
                    (int) (number(bar.get("x")) - number(bar.get("width")) / 2),
                    (int) (number(bar.get("y")) - number(bar.get("height")) / 2)).click().perform();
            return true;
        });
        wait.until(ExpectedConditions.urlContains("/invoices.xhtml?status=billed&currency=DKK&issuedFrom="));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** This month's bar of collections in the chart of invoiced and collected in DKK. */
    private Object lastCollectedBar() {
        return browser.executeScript("var data = Chart.getChart(document.querySelector("
                + "\".crm-chart-months[data-currency='DKK'] canvas\")).data.datasets[1].data;"
                + " return data[data.length - 1];");
    }

    /** An amount as shown, digits only (the reader's locale decides separators and where the code goes). */
    private static String digits(String shown) {
        return shown.replaceAll("[^0-9]", "");
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long id(JsonObject body) {
        return body.getJsonNumber("id").longValue();
    }
}
