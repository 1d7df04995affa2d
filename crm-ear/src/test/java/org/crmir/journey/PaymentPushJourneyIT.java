package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.crmir.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A payment recorded on the client's page shows up on an open invoice page at once, with no reload. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentPushJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crmir();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            Path shot = Path.of("target", "payment-push-last.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aPaymentMarksTheOpenInvoicePagePaid() {
        browser.get(url("/login.xhtml"));
        type(By.id("login:username"), "admin");
        type(By.id("login:password"), System.getenv().getOrDefault("CRMIR_ADMIN_PASSWORD", "Admin-Test-2026"));
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.urlContains("/clients.xhtml"));

        visible(By.id("clients:newClient")).click();
        type(By.id("clientForm:name"), "Payer " + UUID.randomUUID().toString().substring(0, 8));
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
        String clientUrl = browser.getCurrentUrl();

        visible(By.id("clientHeader:newInvoice")).click();
        wait.until(ExpectedConditions.urlContains("/invoice-edit.xhtml"));
        type(By.id("invoiceForm:lines:0:description"), "Annual maintenance");
        type(By.id("invoiceForm:lines:0:unitPrice"), "240");
        browser.findElement(By.id("invoiceForm:lines:0:description")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:total"), "240.00 EUR"));
        browser.findElement(By.id("invoiceForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/invoice.xhtml"));
        visible(By.id("invoice:issue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "ISSUED"));
        browser.executeScript("window.crmirNotReloaded = true;");
        String invoiceWindow = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(clientUrl);
        visible(By.id("payments:recordPayment")).click();
        type(By.id("clientPaymentForm:amount"), "240.00");
        type(By.id("clientPaymentForm:reference"), "SEPA 42");
        browser.findElement(By.id("clientPaymentForm:saveClientPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payments:paymentTable"), "SEPA 42"));

        browser.switchTo().window(invoiceWindow);
        wait.until(ExpectedConditions.textToBe(By.id("invoice:invoiceStatus"), "PAID"));
        assertEquals("0.00 EUR", browser.findElement(By.id("balance")).getText());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.crmirNotReloaded === true;"));
    }
}
