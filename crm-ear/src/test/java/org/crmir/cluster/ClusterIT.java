package org.crmir.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crmir.journey.Browser;
import org.crmir.payment.StripeSignature;
import org.crmir.support.Http;
import org.crmir.support.OutsideDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CRMir as a cluster ({@code bin/crmir cluster}: two WildFly nodes of standalone-full-ha behind the balancer, one
 * database), checked as its users and operators would: what one node writes the other reads at once, a payment
 * recorded on one node reaches a page whose socket is on the other, gateway webhooks sent to both nodes are
 * recorded once, a user deactivated on one node is signed out on the other at once, a user whose node is killed
 * carries on with the form they were filling in, and every timer fires once per cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String STRIPE_SECRET = System.getenv().getOrDefault("CRMIR_STRIPE_WEBHOOK_SECRET",
            "whsec_crmir_test_only");
    private static final LocalCluster CLUSTER = new LocalCluster();
    private static final OutsideDatabase DATABASE = OutsideDatabase.named("CRMIR_CLUSTER_TEST_DB_URL");
    private static String token;
    private static Instant started;
    private static long sweepsBefore;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startCluster() throws Exception {
        CLUSTER.start();
        started = Instant.now();
        sweepsBefore = runsOf("WebhookSweep.everyMinute");
        ChromeDriver browser = Browser.start();
        try {
            signIn(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
            browser.get(LocalCluster.BALANCER + "/profile.xhtml");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:tokenName"))).sendKeys("cluster");
            browser.findElement(By.id("tokens:createToken")).click();
            token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokenSecret"))).getText().strip();
        } finally {
            browser.quit();
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        CLUSTER.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.withMessage(this::whatThePageShows);
    }

    /** For a failed wait's message: what the user would have seen, since CI keeps no screenshots. */
    private String whatThePageShows() {
        try {
            return "the page at " + browser.getCurrentUrl() + " showed: " + browser.findElement(By.tagName("body"))
                    .getText();
        } catch (RuntimeException e) {
            return "the page could not be read: " + e.getMessage();
        }
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        try {
            Browser.screenshot(browser, Path.of("target", "ClusterIT-" + test.getTestMethod().orElseThrow().getName()
                    + ".png"));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void whatOneNodeWritesTheOtherReadsAtTheNextRequest() {
        long client = newClient("Alternating " + suffix());
        for (int i = 1; i <= 5; i++) {
            String writer = i % 2 == 1 ? "node1" : "node2";
            JsonObject read = json(call(LocalCluster.other(writer), "GET", "/api/v1/clients/" + client, null, 200));
            String renamed = "Renamed " + i + " " + suffix();
            JsonObject changed = Json.createObjectBuilder(read).add("name", renamed).build();
            call(writer, "PUT", "/api/v1/clients/" + client, changed.toString(), 200);
            assertEquals(renamed, json(call(LocalCluster.other(writer), "GET", "/api/v1/clients/" + client, null, 200))
                    .getString("name"), "a change on " + writer + " read at once on the other node");
        }
    }

    @Test
    @Order(2)
    void aPaymentRecordedOnOneNodeReachesAnInvoicePageWhoseSocketIsOnTheOther() {
        long client = newClient("Pushed " + suffix());
        long invoice = issuedInvoice(client);
        signIn(browser, wait);
        String pageNode = LocalCluster.nodeOf(browser.manage().getCookieNamed("CRMIRSESSION").getValue());
        browser.get(LocalCluster.BALANCER + "/invoice.xhtml?id=" + invoice);
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Issued"));
        // A dropped socket makes the page re-read itself 1.5 s later (crmirSocketDropped), which would show the
        // payment without any push: counted, and none may happen.
        browser.executeScript("window.crmirNotReloaded = true; window.crmirDrops = 0;"
                + " const dropped = crmirSocketDropped;"
                + " crmirSocketDropped = function(reread) { window.crmirDrops++; dropped(reread); };");
        pause(Duration.ofSeconds(2)); // the page's socket opens after it loads

        call(LocalCluster.other(pageNode), "POST", "/api/v1/payments", "{\"clientId\": " + client
                + ", \"amount\": 240, \"currency\": \"EUR\", \"method\": \"BANK_TRANSFER\", \"allocate\": true}", 201);
        long recorded = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "Paid"));
        long millis = Duration.ofNanos(System.nanoTime() - recorded).toMillis();
        System.out.println("cluster push: payment on " + LocalCluster.other(pageNode) + ", page on " + pageNode
                + " showed it after " + millis + " ms");
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
        assertEquals(0L, browser.executeScript("return window.crmirDrops;"), "the page's socket was dropped");
        assertTrue(millis < 2_000, "the page on the other node showed the payment after " + millis + " ms");
    }

    @Test
    @Order(3)
    void gatewayWebhooksSentToBothNodesAreRecordedOnce() throws Exception {
        long client = newClient("Card payer " + suffix());
        List<Long> invoices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            invoices.add(issuedInvoice(client));
        }
        for (long invoice : invoices) {
            String event = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            String body = "{\"id\":\"" + event + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                    + "\"data\":{\"object\":{\"id\":\"pi_" + event + "\",\"object\":\"payment_intent\","
                    + "\"amount\":24000,\"amount_received\":24000,\"currency\":\"eur\","
                    + "\"metadata\":{\"invoice_id\":\"" + invoice + "\"}}}}";
            for (String node : List.of("node1", "node2")) { // the gateway retries on the other node
                HttpResponse<String> ack = Http.sendTo(LocalCluster.url(node), "POST", "/api/webhooks/stripe", null,
                        body, "application/json; charset=utf-8", Map.of("Stripe-Signature",
                                StripeSignature.header(body, STRIPE_SECRET, Instant.now().getEpochSecond())));
                assertEquals(200, ack.statusCode(), node + " acknowledged: " + ack.body());
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (paymentsOf(client) < invoices.size() && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(500));
        }
        pause(Duration.ofSeconds(3)); // a second recording, if any, would land by now
        assertEquals(invoices.size(), paymentsOf(client), "one payment per event, whichever node got it first");
        for (long invoice : invoices) {
            JsonObject read = json(call("node1", "GET", "/api/v1/invoices/" + invoice, null, 200));
            assertEquals("PAID", read.getString("status"));
            assertEquals(0, read.getJsonNumber("balance").bigDecimalValue().compareTo(BigDecimal.ZERO));
        }
    }

    /**
     * Deactivating a user on one node ends their session on the other at once, not at the next minute's recheck: the
     * ending is pushed to every node, and each ends the sessions it holds.
     */
    @Test
    @Order(4)
    void aUserDeactivatedOnOneNodeIsSignedOutOnTheOther() throws Exception {
        String username = "drifter" + suffix().substring(0, 4);
        execute("INSERT INTO users (username, display_name, password_hash, active, created_at)"
                + " SELECT ?, 'Drifting Seller', password_hash, TRUE, NOW(6) FROM users WHERE username = 'admin'",
                username);
        execute("INSERT INTO user_roles (user_id, role) SELECT id, 'SALES' FROM users WHERE username = ?", username);
        signIn(browser, wait, username);
        String userNode = LocalCluster.nodeOf(browser.manage().getCookieNamed("CRMIRSESSION").getValue());

        ChromeDriver admin = Browser.start();
        try {
            WebDriverWait adminWait = new WebDriverWait(admin, Duration.ofSeconds(30));
            String otherNode = LocalCluster.url(LocalCluster.other(userNode));
            signIn(admin, adminWait, otherNode, "admin");
            admin.get(otherNode + "/admin/users.xhtml");
            adminWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[td[contains(., '" + username
                    + "')]]//button[.//span[text()='Deactivate']]"))).click();
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "User " + username + " deactivated"));
        } finally {
            admin.quit();
        }
        browser.get(LocalCluster.BALANCER + "/clients.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    @Order(5)
    void aUserWhoseNodeIsKilledCarriesOnWithTheFormTheyWereFillingIn() throws Exception {
        signIn(browser, wait);
        String node = LocalCluster.nodeOf(browser.manage().getCookieNamed("CRMIRSESSION").getValue());
        browser.get(LocalCluster.BALANCER + "/clients.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("clients:newClient"))).click();
        wait.until(ExpectedConditions.urlContains("/client-edit.xhtml"));
        String name = "Failover " + suffix();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientForm:name"))).sendKeys(name);

        CLUSTER.kill(node);
        try {
            browser.findElement(By.id("clientForm:save")).click();
            wait.until(ExpectedConditions.urlContains("/client.xhtml"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clientName"), name));
            // A second save at once: its redirect's page comes while the surviving node is still taking over.
            wait.until(ExpectedConditions.elementToBeClickable(By.id("clientHeader:edit"))).click();
            WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientForm:name")));
            field.clear();
            field.sendKeys(name + " Ltd");
            browser.findElement(By.id("clientForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clientName"), name + " Ltd"));
            assertEquals(LocalCluster.other(node),
                    LocalCluster.nodeOf(browser.manage().getCookieNamed("CRMIRSESSION").getValue()),
                    "the session moved to the node that is left");
            browser.get(LocalCluster.BALANCER + "/clients.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clients:newClient")));
            assertTrue(!browser.getCurrentUrl().contains("/login.xhtml"), "still signed in");
        } finally {
            CLUSTER.restart(node);
        }
        assertTrue(CLUSTER.serves(node), node + " serves again after its restart");
    }

    /** Runs last: the minutes since the cluster started, one of its nodes killed and started again meanwhile. */
    @Test
    @Order(6)
    void everyTimerFiresOncePerCluster() throws Exception {
        while (Duration.between(started, Instant.now()).toSeconds() < 150) {
            pause(Duration.ofSeconds(5));
        }
        long minutesBoundariesPassed = Instant.now().getEpochSecond() / 60 - started.getEpochSecond() / 60;
        long sweeps = runsOf("WebhookSweep.everyMinute") - sweepsBefore;
        // A firing due within a second of either reading may fall on either side of it.
        assertTrue(Math.abs(sweeps - minutesBoundariesPassed) <= 1, "the every-minute sweep ran " + sweeps
                + " times in " + minutesBoundariesPassed + " minutes (twice as many if both nodes ran it)");
        assertTrue(sweeps >= 2, "the every-minute sweep ran " + sweeps + " times");
    }

    // ------------------------------------------------------------------ helpers

    private static void signIn(ChromeDriver browser, WebDriverWait wait) {
        signIn(browser, wait, LocalCluster.BALANCER, "admin");
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, String username) {
        signIn(browser, wait, LocalCluster.BALANCER, username);
    }

    /** Every user of these tests has the administrator's password. */
    private static void signIn(ChromeDriver browser, WebDriverWait wait, String root, String username) {
        browser.get(root + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(
                System.getenv().getOrDefault("CRMIR_ADMIN_PASSWORD", "Admin-Test-2026"));
        browser.findElement(By.id("login:signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    private static long newClient(String name) {
        return json(call("node1", "POST", "/api/v1/clients", Json.createObjectBuilder().add("kind", "COMPANY")
                .add("name", name).add("currency", "EUR").build().toString(), 201)).getJsonNumber("id").longValue();
    }

    /** An invoice of 240.00 EUR, made on one node and issued on the other. */
    private static long issuedInvoice(long client) {
        String document = "{\"clientId\": " + client + ", \"lines\": [{\"description\": \"Maintenance\","
                + " \"quantity\": 1, \"unitPrice\": 240, \"discountPercent\": 0, \"taxRate\": 0}]}";
        long invoice = json(call("node1", "POST", "/api/v1/invoices", document, 201)).getJsonNumber("id").longValue();
        call("node2", "POST", "/api/v1/invoices/" + invoice + "/issue", null, 200);
        return invoice;
    }

    private static HttpResponse<String> call(String node, String method, String path, String body, int expected) {
        HttpResponse<String> response = Http.sendTo(LocalCluster.url(node), method, path, token, body,
                "application/json", Map.of());
        assertEquals(expected, response.statusCode(), method + " " + path + " on " + node + ": " + response.body());
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long paymentsOf(long client) throws Exception {
        return count("SELECT COUNT(*) FROM payments WHERE client_id = ?", client);
    }

    private static long runsOf(String job) throws Exception {
        return count("SELECT COALESCE(SUM(runs), 0) FROM scheduled_jobs WHERE job = ?", job);
    }

    private static void execute(String sql, Object parameter) throws Exception {
        DATABASE.update(sql, parameter);
    }

    private static long count(String sql, Object parameter) throws Exception {
        return DATABASE.number(sql, parameter);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
