package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.crmir.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The figures channel through the real websocket to a real browser: an open analytics page re-renders its figures,
 * without a reload, after each committed change that moves figures; a burst of commits is coalesced (a few
 * redraws, at least 250 ms apart) and its last change is always pushed. The changes are committed by a test-only
 * bean ({@link FiguresMovedTrigger}) that fires the same event as the figures upkeep, through
 * {@link FiguresMovedServlet}, which the page's own session calls. Browser and server share this machine's clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresPushJourneyIT extends BrowserJourney {

    /** The bridge's gap, less what loopback and the browser may add or take between two pushes. */
    private static final long LEAST_GAP_SEEN_MILLIS = 200;

    @Test
    void committedChangesReRenderAnOpenAnalyticsPageCoalescedAndEndingOnTheLast() throws Exception {
        signInAsAdmin();
        browser.get(url("/analytics.xhtml"));
        visible(By.id("tables:readAt"));
        recordPushesAndRenders();

        commit(1, 0);
        wait.until(d -> count("figureRenders") == 1);
        Thread.sleep(600);
        assertEquals(1, count("figurePushes"), "one change, one push");
        assertEquals(1, count("figureRenders"), "one push, one re-render");

        browser.executeScript("window.figurePushes = []; window.figureRenders = [];");
        long burstStart = System.currentTimeMillis();
        long lastCommit = commit(40, 25); // 40 commits a second for about a second; when the last began
        Thread.sleep(1_000); // the trailing push comes at most 250 ms after the last commit
        List<Long> pushes = times("figurePushes");
        long burst = lastCommit - burstStart;
        assertTrue(pushes.size() >= 2 && pushes.size() <= burst / 250 + 2,
                pushes.size() + " pushes for 40 commits in " + burst + " ms: " + pushes);
        // Arrival times jitter on a busy machine: a browser busy re-rendering takes the next message late, by up
        // to a render (one read of the summary tables after a change is slow, the next, kept, is fast), and that
        // late push's next gap is shorter by as much. So every three gaps together are at least two gaps long
        // (without coalescing they would be 75 ms: a push per commit).
        for (int i = 3; i < pushes.size(); i++) {
            assertTrue(pushes.get(i) - pushes.get(i - 3) >= 2 * LEAST_GAP_SEEN_MILLIS, "pushes too close: " + pushes);
        }
        assertTrue(pushes.get(pushes.size() - 1) >= lastCommit,
                "no push reached the page after the last commit began at " + lastCommit + ": " + pushes);
        wait.until(d -> count("figureRenders") == pushes.size());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }

    /** The whole chain: an invoice issued through the API moves the receivables, and the open page re-renders. */
    @Test
    void anInvoiceIssuedThroughTheApiReRendersAnOpenAnalyticsPage() {
        signInAsAdmin();
        browser.get(url("/profile.xhtml"));
        type(By.id("tokens:tokenName"), "figures push journey");
        browser.findElement(By.id("tokens:createToken")).click();
        String token = visible(By.id("tokenSecret")).getText().strip();
        HttpResponse<String> client = Http.send("POST", "/api/v1/clients", token,
                "{\"kind\": \"COMPANY\", \"name\": \"Figures push " + UUID.randomUUID().toString().substring(0, 8)
                        + "\"}");
        assertEquals(201, client.statusCode(), client.body());
        HttpResponse<String> invoice = Http.send("POST", "/api/v1/invoices", token, "{\"clientId\": " + id(client)
                + ", \"lines\": [{\"description\": \"Consulting\", \"quantity\": 1, \"unitPrice\": 100}]}");
        assertEquals(201, invoice.statusCode(), invoice.body());

        browser.get(url("/analytics.xhtml"));
        visible(By.id("tables:readAt"));
        recordPushesAndRenders();
        HttpResponse<String> issued = Http.send("POST", "/api/v1/invoices/" + id(invoice) + "/issue", token, null);
        assertEquals(200, issued.statusCode(), issued.body());
        wait.until(d -> count("figureRenders") >= 1);
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }

    private static long id(HttpResponse<String> created) {
        try (JsonReader json = Json.createReader(new StringReader(created.body()))) {
            return json.readObject().getJsonNumber("id").longValue();
        }
    }

    @Test
    void theChoicesReRenderTheFiguresAndARangeThatEndsBeforeItStartsIsRefused() {
        signInAsAdmin();
        browser.get(url("/analytics.xhtml"));
        visible(By.id("tables:readAt"));
        browser.executeScript("window.crmirNotReloaded = true;");
        assertTrue(browser.findElements(By.id("analytics:everyone")).isEmpty(),
                "an administrator sees everyone's clients, with no switch");
        String lastMonth = browser.findElement(By.id("analytics:toMonth_input")).getAttribute("value");

        markFigures();
        browser.findElement(By.xpath("//*[@id='analytics:grain']//*[normalize-space(text())='Quarter']")).click();
        wait.until(d -> figuresReRendered());
        assertEquals("Quarter", activeChoice("analytics:grain"));

        markFigures();
        WebElement lastMonthField = visible(By.id("analytics:toMonth_input"));
        lastMonthField.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2001-01", Keys.ESCAPE);
        browser.findElement(By.id("intro")).click(); // leaving the field is a change
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("analytics:messages"),
                "The first month comes after the last one"));
        wait.until(d -> lastMonth.equals(d.findElement(By.id("analytics:toMonth_input")).getAttribute("value")));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }

    private String activeChoice(String id) {
        return browser.findElement(By.cssSelector("[id='" + id + "'] .ui-state-active")).getText().strip();
    }

    private void markFigures() {
        browser.executeScript("document.getElementById('figures').crmirOld = true;");
    }

    private boolean figuresReRendered() {
        return Boolean.TRUE.equals(browser.executeScript(
                "return document.getElementById('figures').crmirOld !== true;"));
    }

    /**
     * Notes in the page when a push arrives (the push calls the remote command rereadFigures) and when the figures
     * are re-rendered (the panel is replaced); a reload would lose the notes and the marker.
     */
    private void recordPushesAndRenders() {
        browser.executeScript("window.crmirNotReloaded = true; window.figurePushes = []; window.figureRenders = [];"
                + "var reread = window.rereadFigures;"
                + "window.rereadFigures = function() { window.figurePushes.push(Date.now());"
                + "  return reread.apply(this, arguments); };"
                + "new MutationObserver(function(changes) { changes.forEach(function(change) {"
                + "  change.addedNodes.forEach(function(node) {"
                + "    if (node.id === 'figures') { window.figureRenders.push(Date.now()); } }); }); })"
                + ".observe(document.body, {childList: true, subtree: true});");
    }

    /** Commits {@code count} changes {@code gapMillis} apart from the page's session; when the last began. */
    private long commit(int count, int gapMillis) {
        Object answer = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST'}).then(function(r) { return r.ok ? r.text() : 'HTTP ' + r.status; })"
                + ".then(done, function(e) { done('failed: ' + e); });",
                url("/it/figures-moved?count=" + count + "&gapMillis=" + gapMillis));
        return Long.parseLong(String.valueOf(answer).strip());
    }

    private long count(String list) {
        return ((Number) browser.executeScript("return window." + list + ".length;")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Long> times(String list) {
        return ((List<Object>) browser.executeScript("return window." + list + ";")).stream()
                .map(t -> ((Number) t).longValue()).toList();
    }
}
