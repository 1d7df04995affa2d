package org.crmir.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crmir.journey.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's path of the design card: a freshly provisioned server with CRMir's modules and configuration
 * but no application, a management user made with WildFly's add-user.sh, and crmir.ear uploaded and enabled through
 * the management console (HAL) in Chromium; CRMir then serves its sign-in page.
 */
class ConsoleDeployIT {

    private static final int OFFSET = 300;
    private static final String MANAGER = "consoleadmin";
    private static final String MANAGER_PASSWORD = "Console-Test-2026";
    private static final Path WILDFLY = Path.of(System.getProperty("jboss.home", "../server-config/target/wildfly"))
            .toAbsolutePath().normalize();
    private static final Path BASE = Path.of("target", "console-server").toAbsolutePath();
    private static Process server;

    @BeforeAll
    static void startServerWithoutTheApplication() throws Exception {
        String database = System.getenv("CRMIR_CONSOLE_TEST_DB_URL");
        if (database == null) {
            throw new IllegalStateException("CRMIR_CONSOLE_TEST_DB_URL is not set: run the tests with bin/crmir test");
        }
        deleteTree(BASE);
        copyTree(WILDFLY.resolve("standalone"), BASE);
        try (Stream<Path> deployed = Files.list(BASE.resolve("deployments"))) {
            assertTrue(deployed.noneMatch(p -> p.getFileName().toString().startsWith("crmir")),
                    "the provisioned server has no application");
        }
        allowBasic(BASE.resolve("configuration/standalone-full.xml"));
        Process addUser = new ProcessBuilder(WILDFLY.resolve("bin/add-user.sh").toString(), "-m", "-u", MANAGER,
                "-p", MANAGER_PASSWORD, "-sc", BASE.resolve("configuration").toString())
                .redirectErrorStream(true).redirectOutput(BASE.resolve("add-user.log").toFile()).start();
        assertTrue(addUser.waitFor(60, TimeUnit.SECONDS) && addUser.exitValue() == 0, "add-user.sh made the user");

        ProcessBuilder start = new ProcessBuilder("setsid", WILDFLY.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-Djboss.server.base.dir=" + BASE,
                "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(BASE.resolve("console.log").toFile());
        Map<String, String> env = start.environment();
        env.put("CRMIR_DB_URL", database);
        env.put("CRMIR_PUBLIC_URL", application());
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.keySet().removeIf(name -> name.startsWith("CRMIR_IMAP_") || name.equals("CRMIR_INBOX_POLL"));
        server = start.start();
        // Started (it answers 503 while it boots), and without CRMir: its pages are not found.
        waitFor(() -> status(application() + "/login.xhtml") == 404, Duration.ofMinutes(3),
                "the server, without CRMir,");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            new ProcessBuilder("kill", "-TERM", "--", "-" + server.pid()).start().waitFor(10, TimeUnit.SECONDS);
            if (!server.waitFor(2, TimeUnit.MINUTES)) {
                new ProcessBuilder("kill", "-KILL", "--", "-" + server.pid()).start().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void anEarUploadedThroughTheConsoleServesTheSignInPage() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            // The console asks for the management user through the browser's own sign-in prompt, which a headless
            // browser cannot show: the user's answer goes with every request instead (see allowBasic).
            String answer = Base64.getEncoder().encodeToString((MANAGER + ":" + MANAGER_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", "Basic " + answer)));
            browser.get("http://127.0.0.1:" + (9990 + OFFSET) + "/console/index.html#deployments");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("deployment-add-actions"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("deployment-upload"))).click();
            browser.findElement(By.id("upload-file-input"))
                    .sendKeys(new File(System.getProperty("crmir.ear")).getAbsolutePath());
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".wizard-pf-footer .btn-primary")))
                    .click(); // Next: the names, "enabled" switched on
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-names-form-name-editing")));
            assertEquals("crmir.ear", browser.findElement(By.id("upload-names-form-name-editing"))
                    .getAttribute("value"));
            // "Enabled" is switched on by default; only an enabled deployment serves the page checked below.
            browser.findElement(By.cssSelector(".wizard-pf-footer .btn-primary")).click(); // Finish
            new WebDriverWait(browser, Duration.ofMinutes(5)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".wizard-pf-body"), "Deployment successful"));
        } finally {
            browser.quit();
        }
        waitFor(() -> status(application() + "/login.xhtml") == 200, Duration.ofMinutes(2), "CRMir's sign-in page");
    }

    /**
     * The management interface takes the management user by HTTP Digest; the test's copy takes Basic as well, the
     * one scheme a header set on the headless browser can answer. Nothing else of the configuration changes.
     */
    private static void allowBasic(Path configuration) throws Exception {
        String xml = Files.readString(configuration);
        String digest = "<mechanism mechanism-name=\"DIGEST\">\n"
                + "                            <mechanism-realm realm-name=\"ManagementRealm\"/>\n"
                + "                        </mechanism>";
        int factory = xml.indexOf("<http-authentication-factory name=\"management-http-authentication\"");
        int at = xml.indexOf(digest, factory);
        assertTrue(factory >= 0 && at >= 0, "the management interface's Digest mechanism is where expected");
        Files.writeString(configuration, xml.substring(0, at) + digest
                + "\n                        <mechanism mechanism-name=\"BASIC\">"
                + "<mechanism-realm realm-name=\"ManagementRealm\"/></mechanism>"
                + xml.substring(at + digest.length()));
    }

    private static String application() {
        return "http://127.0.0.1:" + (8080 + OFFSET) + "/crmir";
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void waitFor(Condition condition, Duration patience, String what) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not answer within " + patience.toSeconds() + " s; see " + BASE);
            }
            Thread.sleep(500);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
