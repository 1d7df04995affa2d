package org.crmir.journey;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and ChromeDriver, nothing downloaded: paths are given, so Selenium Manager stays idle. */
public final class Browser {

    private Browser() {
    }

    /** The browser's screen as it is now, in {@code file}: for whoever reads a failure. */
    public static void screenshot(ChromeDriver browser, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    public static ChromeDriver start() throws Exception {
        return start(null, "1280,900");
    }

    /**
     * A browser whose user reads {@code language} (an Accept-Language value such as "de-DE,de", or null for the
     * default) on a window of {@code size} ("1366,768").
     */
    static ChromeDriver start(String language, String size) throws Exception {
        return start(language, size, null);
    }

    /**
     * A phone's browser: a 375 × 812 screen at twice the pixels, touch, and the page's viewport meta tag honoured
     * (a desktop window cannot be made narrower than 500 px).
     */
    static ChromeDriver startPhone() throws Exception {
        return start(null, "500,900", Map.of("deviceMetrics", Map.of("width", 375, "height", 812, "pixelRatio", 2.0,
                "touch", true, "mobile", true)));
    }

    private static ChromeDriver start(String language, String size, Map<String, Object> mobileEmulation)
            throws Exception {
        String chromium = System.getProperty("crmir.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("crmir.chromedriver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("crmir-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + size, "--user-data-dir=" + profile);
        if (language != null) {
            options.addArguments("--lang=" + language.split(",")[0]);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        // The console (errors of scripts, failed websockets, refused by the CSP) is read back by the journeys.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
