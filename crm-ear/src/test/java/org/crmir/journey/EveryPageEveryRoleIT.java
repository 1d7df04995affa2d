package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.crmir.journey.PageExpectations.Access;
import org.crmir.journey.PageExpectations.Visitor;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page, every role: each role (and nobody signed in) opens every page of the web module, including those
 * reached only from a record (a client, its quotes, invoices and contracts, made first through the API) and the
 * public pay and accept pages. A page fails when the server answers another status than {@link PageExpectations}
 * says for that role, when it shows the error page, or when the browser console reports an error (a script error,
 * a push socket that fails, something the Content-Security-Policy refused). One screenshot per page and role in
 * target/every-page/ for review; all failures are reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageEveryRoleIT extends BrowserJourney {

    private static final String PASSWORD = "Every-Page-2026";
    private static final List<String> ERROR_PAGE_WORDS = List.of("Something went wrong", "Page not found",
            "Not allowed", "Internal Server Error", "Forbidden", "Error 500", "Exception");

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyRoleOpensEveryPageAsExpected() throws Exception {
        List<String> pages = PageExpectations.pagesOfTheWebModule();
        List<String> unknown = pages.stream().filter(p -> !PageExpectations.ACCESS.containsKey(p)).toList();
        assertTrue(unknown.isEmpty(), "Pages with no expectation in PageExpectations.ACCESS (say who may open"
                + " them): " + unknown);
        TreeSet<String> gone = new TreeSet<>(PageExpectations.ACCESS.keySet());
        gone.removeAll(pages);
        assertTrue(gone.isEmpty(), "PageExpectations.ACCESS names pages that no longer exist: " + gone);

        signInAsAdmin();
        ApiRecords records = ApiRecords.create(this, "Every page " + UUID.randomUUID().toString().substring(0, 8));
        Map<Visitor, String> usernames = createRoleUsers();
        browser.manage().deleteAllCookies();

        for (Visitor visitor : Visitor.values()) {
            if (visitor != Visitor.ANONYMOUS) {
                if (!usernames.containsKey(visitor)) {
                    continue; // its user could not be made; already reported
                }
                signIn(usernames.get(visitor));
            }
            for (String page : pages) {
                openAndCheck(visitor, page, records.query(page));
            }
            browser.manage().deleteAllCookies();
        }
        assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n", failures));
    }

    /** The first administrator ("admin") stands for ADMIN; one user per other role is made on the Users page. */
    private Map<Visitor, String> createRoleUsers() throws Exception {
        Map<Visitor, String> usernames = new EnumMap<>(Visitor.class);
        usernames.put(Visitor.ADMIN, "admin");
        for (Visitor role : List.of(Visitor.SALES, Visitor.FINANCE, Visitor.SUPPORT, Visitor.VIEWER)) {
            String username = "every-page-" + role.name().toLowerCase(Locale.ROOT);
            try {
                browser.get(url("/admin/users.xhtml"));
                type(By.id("users:search"), username);
                Thread.sleep(800);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table")));
                if (!browser.findElement(By.id("users:table")).getText().contains(username)) {
                    visible(By.id("users:newUser")).click();
                    type(By.id("userDialogForm:username"), username);
                    type(By.id("userDialogForm:displayName"), "Every page " + role.name().toLowerCase(Locale.ROOT));
                    for (Visitor any : List.of(Visitor.ADMIN, Visitor.SALES, Visitor.FINANCE, Visitor.SUPPORT,
                            Visitor.VIEWER)) { // exactly this role (a new user starts as VIEWER)
                        String checkbox = "//div[@id='userDialogForm:roles']//input[@value='" + any.name() + "']";
                        if (browser.findElement(By.xpath(checkbox)).isSelected() != (any == role)) {
                            browser.findElement(By.xpath(checkbox + "/ancestor::div[contains(@class,'ui-chkbox')][1]"
                                    + "/div[contains(@class,'ui-chkbox-box')]")).click();
                        }
                    }
                    type(By.id("userDialogForm:password"), PASSWORD);
                    browser.findElement(By.id("userDialogForm:displayName")).click(); // closes the strength meter
                    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-password-panel")));
                    visible(By.id("userDialogForm:saveUser")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), username));
                }
                usernames.put(role, username);
            } catch (RuntimeException e) {
                screenshot(Path.of("target", "every-page", "setup-user-" + role.name() + ".png"));
                failures.add("ADMIN could not create a " + role + " user on /admin/users.xhtml (" + e.getClass()
                        .getSimpleName() + ", page says: " + bodyText().lines().limit(3).toList() + ")");
            }
        }
        String console = consoleErrors();
        if (!console.isEmpty()) {
            failures.add("ADMIN /admin/users.xhtml (making the role users): browser console errors:\n    "
                    + console.replace("\n", "\n    "));
        }
        return usernames;
    }

    private void signIn(String username) {
        browser.get(url("/login.xhtml"));
        type(By.id("login:username"), username);
        type(By.id("login:password"), username.equals("admin") ? adminPassword() : PASSWORD);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    private void openAndCheck(Visitor visitor, String page, String query) throws Exception {
        String where = visitor + " " + page + query;
        Access access = PageExpectations.ACCESS.get(page);
        int expected = access.expectedStatus(visitor);
        int status = statusWithTheBrowsersSession(page + query);
        if (status != expected) {
            failures.add(where + ": HTTP " + status + ", expected " + expected);
        }
        browser.get(url(page + query));
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        Thread.sleep(400); // the push sockets open after the load
        String text = bodyText();
        boolean errorExpected = expected >= 400;
        if (!errorExpected && expected != 302) {
            ERROR_PAGE_WORDS.stream().filter(text::contains).findFirst().ifPresent(word -> failures.add(where
                    + ": shows an error page (\"" + word + "\"): " + text.lines().limit(4).toList()));
        }
        if (expected == 403 && !text.contains("Not allowed")) {
            failures.add(where + ": refused without the error page's \"Not allowed\": " + text.lines().limit(4)
                    .toList());
        }
        if (expected == 403 && !browser.getTitle().startsWith("Not allowed")) {
            failures.add(where + ": refused, but the tab says \"" + browser.getTitle() + "\"");
        }
        if (expected == 302 && visitor == Visitor.ANONYMOUS && !browser.getCurrentUrl().contains("/login.xhtml")) {
            failures.add(where + ": did not land on the sign-in page but on " + browser.getCurrentUrl());
        }
        String console = consoleErrors();
        if (!console.isEmpty() && !(errorExpected && console.contains(" " + expected + " "))) {
            failures.add(where + ": browser console errors:\n    " + console.replace("\n", "\n    "));
        }
        screenshot(Path.of("target", "every-page", visitor + page.replace('/', '_').replace(".xhtml", "") + ".png"));
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The status the server answers this browser's session, asked with a plain client (Selenium has none). */
    private int statusWithTheBrowsersSession(String pathAndQuery) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .timeout(Duration.ofSeconds(30)).GET();
        Cookie session = browser.manage().getCookieNamed("CRMIRSESSION");
        if (session != null) {
            request.header("Cookie", "CRMIRSESSION=" + session.getValue());
        }
        // HTTP/1.1 as the browser speaks it here: the default HTTP/2 attempt upgrades the plain connection (h2c),
        // and one such upgrade ended in "EOF reached while reading" in a CI run.
        HttpResponse<Void> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }
}
