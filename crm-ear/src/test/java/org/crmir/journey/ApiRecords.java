package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crmir.support.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The records behind the pages that are reached only from one: a client with a draft and a sent quote, a draft
 * and an issued invoice, a draft and a sent contract, made through the REST API with a token the signed-in
 * administrator creates on the profile page; and the public links a client is given for them.
 */
record ApiRecords(String token, long clientId, long draftQuote, long sentQuote, String quoteToken, long draftInvoice,
        long issuedInvoice, String payToken, long draftContract, long sentContract, String contractToken) {

    /** Needs a browser signed in as an administrator. */
    static ApiRecords create(BrowserJourney journey, String clientName) {
        journey.browser.get(journey.url("/profile.xhtml"));
        journey.type(By.id("tokens:tokenName"), "every page check");
        journey.browser.findElement(By.id("tokens:createToken")).click();
        String token = journey.visible(By.id("tokenSecret")).getText().strip();

        long client = id(ok(Http.send("POST", "/api/v1/clients", token, Json.createObjectBuilder()
                .add("kind", "COMPANY").add("name", clientName).add("email", "billing@every-page.example")
                .build().toString()), 201));
        String lines = "\"lines\": [{\"description\": \"Consulting\", \"quantity\": 2, \"unit\": \"h\","
                + " \"unitPrice\": 120, \"discountPercent\": 0, \"taxRate\": 16}]";
        String document = "{\"clientId\": " + client + ", " + lines + "}";
        long draftQuote = id(ok(Http.send("POST", "/api/v1/quotes", token, document), 201));
        long sentQuote = id(ok(Http.send("POST", "/api/v1/quotes", token, document), 201));
        String quoteLink = ok(Http.send("POST", "/api/v1/quotes/" + sentQuote + "/send", token, null), 200)
                .getString("publicLink");
        long draftInvoice = id(ok(Http.send("POST", "/api/v1/invoices", token, document), 201));
        long issuedInvoice = id(ok(Http.send("POST", "/api/v1/invoices", token, document), 201));
        ok(Http.send("POST", "/api/v1/invoices/" + issuedInvoice + "/issue", token, null), 200);
        // Money on account, part of it refunded: the client page lists the refund (which has no receipt).
        String currency = ok(Http.send("GET", "/api/v1/invoices/" + issuedInvoice, token, null), 200)
                .getString("currency");
        long onAccount = id(ok(Http.send("POST", "/api/v1/payments", token, "{\"clientId\": " + client
                + ", \"amount\": 50, \"currency\": \"" + currency + "\", \"method\": \"BANK_TRANSFER\","
                + " \"allocate\": false}"), 201));
        ok(Http.send("POST", "/api/v1/payments/" + onAccount + "/refunds", token,
                "{\"amount\": 20, \"reason\": \"Paid twice\"}"), 201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String contract = Json.createObjectBuilder().add("clientId", client).add("title", "Support")
                .add("startDate", today.toString()).add("endDate", today.plusYears(1).toString())
                .add("noticeDays", 30).add("value", new BigDecimal("2400.00")).add("terms", "Pay monthly.")
                .build().toString();
        long draftContract = id(ok(Http.send("POST", "/api/v1/contracts", token, contract), 201));
        long sentContract = id(ok(Http.send("POST", "/api/v1/contracts", token, contract), 201));
        String contractLink = ok(Http.send("POST", "/api/v1/contracts/" + sentContract + "/send", token, null), 200)
                .getString("publicLink");

        // The pay link is what the invoice page gives out.
        journey.browser.get(journey.url("/invoice.xhtml?id=" + issuedInvoice));
        journey.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invoice:payLink")));
        String payLink = journey.browser.findElement(By.id("invoice:payLink")).getAttribute("value");
        return new ApiRecords(token, client, draftQuote, sentQuote, tokenOf(quoteLink), draftInvoice, issuedInvoice,
                tokenOf(payLink), draftContract, sentContract, tokenOf(contractLink));
    }

    /** The query string that opens {@code page} on one of these records ("" for a page that needs none). */
    String query(String page) {
        return switch (page) {
            case "/client.xhtml", "/client-edit.xhtml" -> "?id=" + clientId;
            case "/contracts.xhtml" -> "?clientId=" + clientId;
            case "/finance/payments.xhtml" -> "?client=" + clientId + "&currency=EUR&kind=payment";
            case "/quote.xhtml" -> "?id=" + sentQuote;
            case "/quote-edit.xhtml" -> "?id=" + draftQuote;
            case "/invoice.xhtml" -> "?id=" + issuedInvoice;
            case "/invoice-edit.xhtml" -> "?id=" + draftInvoice;
            case "/contract.xhtml" -> "?id=" + sentContract;
            case "/contract-edit.xhtml" -> "?id=" + draftContract;
            case "/admin/audit.xhtml" -> "?type=Client&id=" + clientId;
            case "/public/quote.xhtml" -> "?token=" + quoteToken;
            case "/public/pay.xhtml" -> "?token=" + payToken;
            case "/public/contract.xhtml" -> "?token=" + contractToken;
            default -> "";
        };
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long id(JsonObject body) {
        return body.getJsonNumber("id").longValue();
    }
}
