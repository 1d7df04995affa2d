package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.catalog.CatalogService;
import org.crmir.identity.Role;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.settings.CompanySettings;
import org.crmir.settings.SettingsService;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products, invoices, credit notes and quotes through the REST API over real HTTP, with the personal tokens of a
 * sales and a finance user: status codes, the rounding rule, numbering, the frozen issued invoice, problem details,
 * list sums per currency, and Idempotency-Key on invoice creates.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsApiIT {

    private static final String PROBLEM = "application/problem+json";

    @EJB
    CatalogService catalog;

    @EJB
    QuoteService quotes;

    @EJB
    SettingsService settings;

    @EJB
    PaymentService payments;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String salesToken;
    private String financeToken;
    private long clientId;
    private String clientEmail;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        invoiceSeriesIsInv();
        salesToken = fixtures.apiToken(Role.SALES, "documents api test");
        financeToken = fixtures.apiToken(Role.FINANCE, "documents api test");
        clientEmail = Fixtures.emailAddress("api", "docs.example");
        clientId = fixtures.client("Api Docs", client -> {
            client.setPaymentTermsDays(14);
            client.setEmail(clientEmail);
        });
    }

    /** Another test switches the series for a while and restores it; these numbers are checked as INV-…. */
    private void invoiceSeriesIsInv() throws Exception {
        CompanySettings now = asViewer.call(() -> settings.current());
        if (!Invoice.DEFAULT_SERIES.equals(now.getInvoiceSeries())) {
            asAdmin.call(() -> settings.update(now.getVersion(), now.getCompanyName(), now.getAddress(),
                    now.getTaxId(), now.getEmail(), now.getPhone(), now.getPaymentInstructions(),
                    Invoice.DEFAULT_SERIES, now.getBankDetails()));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
                response.headers().toString());
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
        return problem;
    }

    /** A 422 whose first error names {@code field}. */
    private static void assertInvalid(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 422);
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), response.body());
    }

    private static void assertAmount(String expected, JsonObject body, String field) {
        BigDecimal actual = body.getJsonNumber(field).bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(actual), field + " was " + actual + ", not " + expected);
    }

    private static long id(JsonObject body) {
        return body.getJsonNumber("id").longValue();
    }

    private static String path(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/api/"));
    }

    private static JsonObject line(String description, String quantity, String unitPrice, String discount,
            String tax) {
        return Json.createObjectBuilder().add("description", description).add("quantity", new BigDecimal(quantity))
                .add("unit", "pc").add("unitPrice", new BigDecimal(unitPrice))
                .add("discountPercent", new BigDecimal(discount)).add("taxRate", new BigDecimal(tax)).build();
    }

    /** 3 × 33.33 less 10 % at 19 % tax (107.09), and 1.5 × 100 at 7 % (160.50): 267.59 by the rounding rule. */
    private static JsonArrayBuilder twoLines() {
        return Json.createArrayBuilder().add(line("Consulting", "3", "33.33", "10", "19"))
                .add(line("Licence", "1.5", "100", "0", "7"));
    }

    private String invoiceJson(JsonArrayBuilder lines) {
        return Json.createObjectBuilder().add("clientId", clientId).add("lines", lines).add("notes", "api")
                .build().toString();
    }

    private long draftInvoice() {
        return id(ok(Http.send("POST", "/api/v1/invoices", salesToken, invoiceJson(twoLines())), 201));
    }

    private JsonObject issued(long invoiceId) {
        return ok(Http.send("POST", "/api/v1/invoices/" + invoiceId + "/issue", financeToken, null), 200);
    }

    private HttpResponse<String> postWithKey(String path, String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + salesToken).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------ products

    @Test
    void productsAreCreatedSearchedAndCheckedOverHttp() throws Exception {
        String sku = "it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long rateId = asFinance.call(() -> catalog.createTaxRate("IT rate " + sku, new BigDecimal("19")).getId());
        String product = Json.createObjectBuilder().add("sku", sku).add("name", "Consulting " + sku)
                .add("description", "An hour of advice").add("kind", "SERVICE").add("unit", "h")
                .add("unitPrice", new BigDecimal("120.50")).add("currency", "eur").add("taxRateId", rateId)
                .build().toString();

        HttpResponse<String> created = Http.send("POST", "/api/v1/products", salesToken, product);
        JsonObject body = ok(created, 201);
        long id = id(body);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/products/" + id));
        assertEquals(sku.toUpperCase(), body.getString("sku"));
        assertEquals("SERVICE", body.getString("kind"));
        assertEquals("EUR", body.getString("currency"));
        assertAmount("120.50", body, "unitPrice");
        assertAmount("19", body, "taxRate");
        assertTrue(body.getBoolean("active"));

        JsonObject found = ok(Http.send("GET", "/api/v1/products?q=" + sku, salesToken, null), 200);
        assertEquals(1, found.getInt("total"));
        assertEquals(id, id(found.getJsonArray("items").getJsonObject(0)));
        assertEquals("h", ok(Http.send("GET", "/api/v1/products/" + id, salesToken, null), 200).getString("unit"));

        // the SKU is compared as stored (upper case), so another spelling of it is a duplicate
        assertInvalid(Http.send("POST", "/api/v1/products", financeToken, product), "sku");
        String negative = Json.createObjectBuilder().add("sku", sku + "-n").add("name", "Refund")
                .add("unitPrice", new BigDecimal("-5")).add("currency", "EUR").build().toString();
        assertInvalid(Http.send("POST", "/api/v1/products", salesToken, negative), "unitPrice");
        assertEquals(0, ok(Http.send("GET", "/api/v1/products?q=" + sku + "-n", salesToken, null), 200)
                .getInt("total"));

        String viewerToken = fixtures.apiToken(Role.VIEWER, "viewer");
        assertEquals(200, Http.send("GET", "/api/v1/products?q=" + sku, viewerToken, null).statusCode());
        assertProblem(Http.send("POST", "/api/v1/products", viewerToken, product.replace(sku, sku + "v")), 403);
    }

    // ------------------------------------------------------------------ invoices

    @Test
    void anInvoiceIsDraftedIssuedFrozenAndCreditedOverHttp() {
        HttpResponse<String> created = Http.send("POST", "/api/v1/invoices", salesToken, invoiceJson(twoLines()));
        JsonObject draft = ok(created, 201);
        long id = id(draft);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/invoices/" + id));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("EUR", draft.getString("currency"));
        assertTrue(!draft.containsKey("number") || draft.isNull("number"), draft.toString());
        assertEquals(2, draft.getJsonArray("lines").size());
        assertAmount("107.09", draft.getJsonArray("lines").getJsonObject(0), "lineTotal");
        assertAmount("160.50", draft.getJsonArray("lines").getJsonObject(1), "lineTotal");
        assertAmount("249.99", draft, "subtotal");
        assertAmount("10.00", draft, "discount");
        assertAmount("27.60", draft, "tax");
        assertAmount("267.59", draft, "total");
        JsonArray taxes = draft.getJsonArray("taxes");
        assertEquals(2, taxes.size(), taxes.toString());
        assertAmount("7", taxes.getJsonObject(0), "rate");
        assertAmount("10.50", taxes.getJsonObject(0), "amount");
        assertAmount("19", taxes.getJsonObject(1), "rate");
        assertAmount("17.10", taxes.getJsonObject(1), "amount");

        JsonObject longer = ok(Http.send("POST", "/api/v1/invoices/" + id + "/lines", salesToken,
                line("Travel", "1", "10", "0", "0").toString()), 200);
        assertEquals(3, longer.getJsonArray("lines").size());
        assertAmount("277.59", longer, "total");

        // sales may draft but not issue
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/issue", salesToken, null), 403);
        JsonObject issued = issued(id);
        assertEquals("ISSUED", issued.getString("status"));
        String number = issued.getString("number");
        assertTrue(number.matches("INV-" + today.getYear() + "-\\d{6}"), number);
        assertEquals(today.toString(), issued.getString("issueDate"));
        assertEquals(today.plusDays(14).toString(), issued.getString("dueDate"));
        assertEquals(number, issued(id).getString("number"), "a retried issue keeps its number");

        // issued means frozen
        String edit = Json.createObjectBuilder().add("lines", twoLines()).add("notes", "late edit")
                .add("version", issued.getJsonNumber("version").longValue()).build().toString();
        JsonObject frozen = assertProblem(Http.send("PUT", "/api/v1/invoices/" + id, salesToken, edit), 409);
        assertTrue(frozen.getString("detail").contains("credit note"), frozen.toString());
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/lines", financeToken,
                line("More", "1", "1", "0", "0").toString()), 409);

        // credit notes: finance only, never more than the balance
        String credit = "{\"amount\": 77.59, \"reason\": \"Discount agreed\"}";
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/credit-notes", salesToken, credit), 403);
        HttpResponse<String> noted = Http.send("POST", "/api/v1/invoices/" + id + "/credit-notes", financeToken,
                credit);
        JsonObject note = ok(noted, 201);
        assertTrue(note.getString("number").matches("CN-" + today.getYear() + "-\\d{4}"), note.toString());
        assertTrue(noted.headers().firstValue("Location").orElse("").endsWith("/api/v1/credit-notes/" + id(note)));
        assertEquals(id, ok(Http.send("GET", path(noted), salesToken, null), 200).getJsonNumber("invoiceId")
                .longValue());
        JsonObject after = ok(Http.send("GET", "/api/v1/invoices/" + id, salesToken, null), 200);
        assertEquals("ISSUED", after.getString("status"));
        assertEquals(number, after.getString("number"));
        assertAmount("277.59", after, "total");
        assertAmount("77.59", after, "credited");
        assertAmount("200.00", after, "balance");
        assertInvalid(Http.send("POST", "/api/v1/invoices/" + id + "/credit-notes", financeToken,
                "{\"amount\": 200.01, \"reason\": \"too much\"}"), "amount");
    }

    @Test
    void aFreshIssuedInvoiceIsVoidedKeepingItsNumberButOneWithMoneyOnItIsNot() throws Exception {
        long id = draftInvoice();
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/void", financeToken, null), 409); // a draft
        String number = issued(id).getString("number");
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/void", salesToken, null), 403);
        JsonObject voided = ok(Http.send("POST", "/api/v1/invoices/" + id + "/void", financeToken, null), 200);
        assertEquals("VOID", voided.getString("status"));
        assertEquals(number, voided.getString("number"));
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/void", financeToken, null), 409);
        assertProblem(Http.send("POST", "/api/v1/invoices/" + id + "/credit-notes", financeToken,
                "{\"amount\": 1.00}"), 409);

        // credited in full, the invoice is settled (PAID) and can no longer be voided
        long settled = draftInvoice();
        issued(settled);
        ok(Http.send("POST", "/api/v1/invoices/" + settled + "/credit-notes", financeToken,
                "{\"amount\": 267.59, \"reason\": \"Cancelled order\"}"), 201);
        JsonObject paid = ok(Http.send("GET", "/api/v1/invoices/" + settled, financeToken, null), 200);
        assertEquals("PAID", paid.getString("status"));
        assertAmount("0.00", paid, "balance");
        assertProblem(Http.send("POST", "/api/v1/invoices/" + settled + "/void", financeToken, null), 409);
        assertEquals("PAID", ok(Http.send("GET", "/api/v1/invoices/" + settled, financeToken, null), 200)
                .getString("status"));

        // money received for it: refund or credit it instead
        long paidPart = draftInvoice();
        issued(paidPart);
        asFinance.call(() -> payments.record(clientId, Money.of("50.00", "EUR"), PaymentMethod.BANK_TRANSFER,
                "IT-" + paidPart, today, true));
        JsonObject partly = ok(Http.send("GET", "/api/v1/invoices/" + paidPart, financeToken, null), 200);
        assertEquals("PARTIALLY_PAID", partly.getString("status"));
        JsonObject refused = assertProblem(Http.send("POST", "/api/v1/invoices/" + paidPart + "/void", financeToken,
                null), 409);
        assertTrue(refused.getString("detail").contains("payments"), refused.toString());
        assertEquals("PARTIALLY_PAID", ok(Http.send("GET", "/api/v1/invoices/" + paidPart, financeToken, null), 200)
                .getString("status"));
    }

    @Test
    void badInvoiceRequestsGetProblemDetailsAndStoreNothing() {
        String zeroQuantity = invoiceJson(Json.createArrayBuilder().add(line("Nothing", "0", "10", "0", "19")));
        assertInvalid(Http.send("POST", "/api/v1/invoices", salesToken, zeroQuantity), "quantity");
        String negativeQuantity = invoiceJson(Json.createArrayBuilder().add(line("Less", "-1", "10", "0", "19")));
        assertInvalid(Http.send("POST", "/api/v1/invoices", salesToken, negativeQuantity), "quantity");
        String hugeTax = invoiceJson(Json.createArrayBuilder().add(line("Taxed", "1", "10", "0", "120")));
        assertInvalid(Http.send("POST", "/api/v1/invoices", salesToken, hugeTax), "taxRate");
        String tooPrecise = invoiceJson(Json.createArrayBuilder().add(line("Cents", "1", "10.001", "0", "0")));
        assertProblem(Http.send("POST", "/api/v1/invoices", salesToken, tooPrecise), 422);
        assertInvalid(Http.send("POST", "/api/v1/invoices", salesToken, "{\"lines\": []}"), "clientId");

        assertProblem(Http.send("POST", "/api/v1/invoices", salesToken, "{\"clientId\": " + clientId
                + ", \"lines\": [{\"description\": \"Broken"), 400);
        assertProblem(Http.send("POST", "/api/v1/invoices", salesToken, "{\"clientId\": " + clientId
                + ", \"lines\": [{\"description\": \"x\", \"quantity\": \"lots\", \"unitPrice\": 1}]}"), 400);

        assertProblem(Http.send("GET", "/api/v1/invoices/987654321", salesToken, null), 404);
        assertProblem(Http.send("POST", "/api/v1/invoices/987654321/issue", financeToken, null), 404);
        assertProblem(Http.send("POST", "/api/v1/invoices", salesToken, invoiceJson(twoLines())
                .replace("\"clientId\":" + clientId, "\"clientId\":987654321")), 404);
        assertProblem(Http.send("GET", "/api/v1/invoices?status=SETTLED", salesToken, null), 422);

        assertProblem(Http.send("GET", "/api/v1/invoices?totals=maybe", salesToken, null), 422);

        JsonObject none = ok(Http.send("GET", "/api/v1/invoices?totals=true&clientId=" + clientId, salesToken,
                null), 200);
        assertEquals(0, none.getInt("total"), none.toString());
        assertTrue(none.getBoolean("totalExact"), none.toString());
        assertEquals(0, none.getJsonArray("totals").size(), none.toString());
    }

    @Test
    void theInvoiceListIsFilteredPagedAndSummedPerCurrency() {
        long first = draftInvoice();
        long second = draftInvoice();
        long draft = draftInvoice();
        issued(first);
        issued(second);
        ok(Http.send("POST", "/api/v1/invoices/" + second + "/credit-notes", financeToken,
                "{\"amount\": 17.59, \"reason\": \"Late delivery\"}"), 201);

        String filter = "/api/v1/invoices?status=ISSUED&clientId=" + clientId;
        JsonObject page1 = ok(Http.send("GET", filter + "&limit=1&offset=0&totals=true", salesToken, null), 200);
        assertEquals(2, page1.getInt("total"));
        assertTrue(page1.getBoolean("totalExact"));
        assertEquals(1, page1.getInt("limit"));
        assertEquals(0, page1.getInt("offset"));
        assertEquals(1, page1.getJsonArray("items").size());
        JsonObject page2 = ok(Http.send("GET", filter + "&limit=1&offset=1", salesToken, null), 200);
        assertEquals(1, page2.getJsonArray("items").size());
        // sums only when asked for: they read every matching invoice
        assertFalse(page2.containsKey("totals") && !page2.isNull("totals"), page2.toString());
        long a = id(page1.getJsonArray("items").getJsonObject(0));
        long b = id(page2.getJsonArray("items").getJsonObject(0));
        assertNotEquals(a, b);
        assertEquals(java.util.Set.of(first, second), java.util.Set.of(a, b));
        JsonObject row = page1.getJsonArray("items").getJsonObject(0);
        // each field once: the rows' EL getters do not show up as "getBalance" beside "balance"
        assertEquals(java.util.Set.of("id", "number", "clientId", "clientName", "status", "issueDate", "dueDate",
                "currency", "total", "balance"), row.keySet(), row.toString());
        assertTrue(row.getString("number").startsWith("INV-" + today.getYear() + "-"), row.toString());
        assertTrue(row.getString("clientName").startsWith("Api Docs "), row.toString());

        // the sums cover the whole filtered list, not only the page
        JsonArray totals = page1.getJsonArray("totals");
        assertEquals(1, totals.size(), totals.toString());
        JsonObject eur = totals.getJsonObject(0);
        assertEquals("EUR", eur.getString("currency"));
        assertEquals(2, eur.getInt("count"));
        assertAmount("535.18", eur, "total");
        assertAmount("517.59", eur, "balance");

        JsonObject drafts = ok(Http.send("GET", "/api/v1/invoices?status=draft&clientId=" + clientId, salesToken,
                null), 200);
        assertEquals(1, drafts.getInt("total"));
        assertEquals(draft, id(drafts.getJsonArray("items").getJsonObject(0)));
        assertProblem(Http.send("GET", "/api/v1/invoices?clientId=abc", salesToken, null), 422);
    }

    @Test
    void aRetriedInvoiceCreateWithTheSameIdempotencyKeyMakesOneInvoice() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postWithKey("/api/v1/invoices", key, invoiceJson(twoLines()));
        HttpResponse<String> again = postWithKey("/api/v1/invoices", key, invoiceJson(twoLines()));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(id(json(first)), id(json(again)));
        JsonObject list = ok(Http.send("GET", "/api/v1/invoices?clientId=" + clientId, salesToken, null), 200);
        assertEquals(1, list.getInt("total"), list.toString());

        HttpResponse<String> other = postWithKey("/api/v1/invoices", UUID.randomUUID().toString(),
                invoiceJson(twoLines()));
        assertEquals(201, other.statusCode(), other.body());
        assertNotEquals(id(json(first)), id(json(other)));
    }

    // ------------------------------------------------------------------ quotes

    @Test
    void aQuoteIsSentAcceptedAndConvertedIntoAnInvoiceOverHttp() throws Exception {
        String quote = Json.createObjectBuilder().add("clientId", clientId)
                .add("validUntil", today.plusDays(30).toString()).add("lines", twoLines()).add("terms", "Net 14")
                .build().toString();
        HttpResponse<String> created = Http.send("POST", "/api/v1/quotes", salesToken, quote);
        JsonObject draft = ok(created, 201);
        long id = id(draft);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/quotes/" + id));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(today.plusDays(30).toString(), draft.getString("validUntil"));
        assertAmount("267.59", draft, "total");

        // Sending emails the quote: a mail server takes it, so that nothing is left retrying behind the test.
        org.crmir.support.MailServer smtp = new org.crmir.support.MailServer().start();
        JsonObject sent;
        try {
            sent = ok(Http.send("POST", "/api/v1/quotes/" + id + "/send", salesToken, null), 200);
            org.crmir.support.Eventually.until(java.time.Duration.ofSeconds(30), () -> smtp.receivedFor(clientEmail),
                    received -> !received.isEmpty());
        } finally {
            smtp.stop();
        }
        assertEquals("SENT", sent.getString("status"));
        String number = sent.getString("number");
        assertTrue(number.matches("Q-" + today.getYear() + "-\\d{4}"), number);
        String link = sent.getString("publicLink");
        assertTrue(link.contains("token="), link);
        assertEquals(number, ok(Http.send("POST", "/api/v1/quotes/" + id + "/send", salesToken, null), 200)
                .getString("number"), "sending again changes nothing");

        // not accepted yet: nothing to convert
        assertProblem(Http.send("POST", "/api/v1/quotes/" + id + "/convert", salesToken, null), 409);

        String token = link.substring(link.indexOf("token=") + "token=".length());
        org.crmir.support.MailServer ownerSmtp = new org.crmir.support.MailServer().start();
        try {
            assertEquals(QuoteStatus.ACCEPTED, quotes.acceptByClient(token).status());
            org.crmir.support.Eventually.until(java.time.Duration.ofSeconds(30),
                    () -> ownerSmtp.receivedFor(AsSales.USERNAME + "@crmir.test"), received -> !received.isEmpty());
        } finally {
            ownerSmtp.stop();
        }

        HttpResponse<String> converted = Http.send("POST", "/api/v1/quotes/" + id + "/convert", salesToken, null);
        JsonObject done = ok(converted, 201);
        Matcher location = Pattern.compile(".*/api/v1/invoices/(\\d+)$")
                .matcher(converted.headers().firstValue("Location").orElse(""));
        assertTrue(location.matches(), converted.headers().toString());
        long invoiceId = Long.parseLong(location.group(1));
        assertEquals("CONVERTED", done.getString("status"));
        assertEquals(invoiceId, done.getJsonNumber("invoiceId").longValue());

        JsonObject invoice = ok(Http.send("GET", path(converted), financeToken, null), 200);
        assertEquals("DRAFT", invoice.getString("status"));
        assertEquals(id, invoice.getJsonNumber("sourceQuoteId").longValue());
        assertEquals(clientId, invoice.getJsonNumber("clientId").longValue());
        assertEquals(2, invoice.getJsonArray("lines").size());
        assertAmount("267.59", invoice, "total");
        assertEquals("Net 14", invoice.getString("terms"));

        assertProblem(Http.send("POST", "/api/v1/quotes/" + id + "/convert", salesToken, null), 409);
        assertProblem(Http.send("POST", "/api/v1/quotes/987654321/send", salesToken, null), 404);
    }

    // ------------------------------------------------------------------ the pages behind the API

    @Test
    void theCatalogAndSettingsPagesRenderForTheRolesThatMaySeeThem() throws Exception {
        HttpClient admin = WebSession.signedIn(AsAdmin.USERNAME);
        String products = WebSession.page(admin, "/products.xhtml", 200);
        assertTrue(products.contains("id=\"products:table\""), products);
        assertTrue(products.contains("id=\"products:newProduct\""), products);
        assertTrue(products.contains("id=\"productForm:saveProduct\""), products);
        assertTrue(products.contains("id=\"taxRates:addTaxRate\""), products);
        assertTrue(products.contains("Standard 19 %"), products);
        String settingsPage = WebSession.page(admin, "/admin/settings.xhtml", 200);
        assertTrue(settingsPage.contains("id=\"settingsForm:saveSettings\""), settingsPage);
        assertTrue(settingsPage.contains(asViewer.call(() -> settings.current()).getCompanyName()), settingsPage);

        HttpClient viewer = WebSession.signedIn(AsViewer.USERNAME);
        String readOnly = WebSession.page(viewer, "/products.xhtml", 200);
        assertTrue(readOnly.contains("id=\"products:table\""), readOnly);
        assertFalse(readOnly.contains("products:newProduct"), readOnly);
        assertFalse(readOnly.contains("productForm"), readOnly);
        assertFalse(readOnly.contains("taxRates:addTaxRate"), readOnly);
        WebSession.page(viewer, "/admin/settings.xhtml", 403);

        HttpClient finance = WebSession.signedIn(AsFinance.USERNAME);
        String forFinance = WebSession.page(finance, "/products.xhtml", 200);
        assertTrue(forFinance.contains("id=\"products:newProduct\""), forFinance);
        assertTrue(forFinance.contains("id=\"taxRates:addTaxRate\""), forFinance);
    }
}
