package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Clients → Import as a user brings in a client list saved from a spreadsheet: semicolon-separated with a German
 * header, one row repeating another's e-mail and one with a bad address. The preview says which rows will be
 * skipped and why; the import runs with a progress bar and ends with its counts; the new client is on the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportJourneyIT extends BrowserJourney {

    private static final Path SHOTS = Path.of("target", "import");

    @Test
    void aClientListFromASpreadsheetIsPreviewedImportedAndFoundOnTheList() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("clients-", ".csv");
        Files.writeString(file, "Firma;E-Mail;Stadt;Land\n"
                + "Import Journey " + tag + ";a-" + tag + "@example.com;Köln;DE\n"
                + "Import Copy " + tag + ";A-" + tag + "@example.com;Bonn;DE\n"
                + "Import Bad " + tag + ";not-an-address;Ulm;DE\n", StandardCharsets.UTF_8);
        try {
            signInAsAdmin();
            browser.get(url("/clients.xhtml"));
            visible(By.id("clients:importClients")).click();
            wait.until(ExpectedConditions.urlContains("/import.xhtml"));
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Ready: 1"));
            String summary = browser.findElement(By.id("summary")).getText();
            assertTrue(summary.contains("Duplicates (skipped): 1") && summary.contains("With errors (skipped): 1"),
                    summary);
            String rows = browser.findElement(By.id("preview:rows")).getText();
            assertTrue(rows.contains("row 2 has the same e-mail a-" + tag + "@example.com")
                    && rows.contains("Email: must be a valid email address"), rows);
            screenshot(SHOTS.resolve("1-preview.png"));

            visible(By.id("preview:startImport")).click();
            visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:state"), "Finished"));
            String counts = browser.findElement(By.id("run:counts")).getText();
            assertTrue(counts.contains("Imported: 1") && counts.contains("Rows: 3"), counts);
            assertTrue(browser.findElement(By.id("run:problems")).getText().contains("Has errors"));
            screenshot(SHOTS.resolve("2-result.png"));

            visible(By.id("run:openList")).click();
            wait.until(ExpectedConditions.urlContains("/clients.xhtml"));
            type(By.id("clients:search"), "Import Journey " + tag);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients:table"),
                    "a-" + tag + "@example.com"));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
