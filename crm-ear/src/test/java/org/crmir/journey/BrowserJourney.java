package org.crmir.journey;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey needs: a fresh headless Chromium per test, the application's URL, waiting for
 * elements, typing, signing in, and a screenshot of the last screen in target/ for whoever reads a failure.
 */
abstract class BrowserJourney {

    @ArquillianResource
    URL base;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // Pushes re-render parts of open pages at any moment: an element replaced between finding and reading it
        // means "not yet", never a failure.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            try {
                screenshot(Path.of("target", getClass().getSimpleName() + "-last.png"));
                String errors = consoleErrors();
                if (!errors.isEmpty()) {
                    throw new AssertionError("The browser console reported errors:\n" + errors);
                }
            } finally {
                browser.quit();
            }
        }
    }

    void screenshot(Path file) throws Exception {
        Browser.screenshot(browser, file);
    }

    /**
     * The console errors (SEVERE: script errors, failed requests and websockets, CSP refusals) since the last call,
     * one a line; empty when there were none. Reading them empties the browser's log.
     */
    String consoleErrors() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        return entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).collect(Collectors.joining("\n"));
    }

    String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Waits until no Ajax request is queued or under way: a response still in flight would replace what is found
     * next. jQuery counts a request as active until its response has been applied to the page.
     */
    void ajaxSettled() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !window.jQuery"
                + " || (jQuery.active === 0 && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()));")));
    }

    static String adminPassword() {
        return System.getenv().getOrDefault("CRMIR_ADMIN_PASSWORD", "Admin-Test-2026");
    }

    /** Signs in as the first administrator and lands on the dashboard (or on the page that asked for sign-in). */
    void signInAsAdmin() {
        browser.get(url("/login.xhtml"));
        type(By.id("login:username"), "admin");
        type(By.id("login:password"), adminPassword());
        browser.findElement(By.id("login:signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    /** Creates a client through the form and lands on its page. */
    void createClient(String name, String email) {
        browser.get(url("/clients.xhtml"));
        visible(By.id("clients:newClient")).click();
        wait.until(ExpectedConditions.urlContains("/client-edit.xhtml"));
        type(By.id("clientForm:name"), name);
        if (email != null) {
            type(By.id("clientForm:email"), email);
        }
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
    }
}
