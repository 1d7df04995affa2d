package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crmir.webhook.WebhookReceiver;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Admin → Webhooks as an administrator uses it: add an endpoint for another system (here a receiver in the test,
 * on loopback), hand it the signing secret the page shows, see a new client's event arrive signed with it, read the
 * delivery and its attempt on the page, then delete the endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookJourneyIT extends BrowserJourney {

    private static final Path SHOTS = Path.of("target", "webhooks");

    @Test
    void anEndpointAddedOnThePageReceivesANewClientSignedAndItsDeliveryIsShown() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            signInAsAdmin();
            new Actions(browser).moveToElement(visible(By.id("nav:menuAdmin"))).perform();
            visible(By.id("nav:menuWebhooks")).click();
            wait.until(ExpectedConditions.urlContains("/admin/webhooks.xhtml"));

            visible(By.id("endpoints:newEndpoint")).click();
            type(By.id("endpointDialogForm:url"), receiver.url());
            type(By.id("endpointDialogForm:description"), "Accounting system");
            visible(By.cssSelector("[id='endpointDialogForm:events'] .ui-chkbox-box")).click(); // client.created
            browser.findElement(By.id("endpointDialogForm:save")).click();
            String secret = wait.until(d -> {
                String value = d.findElement(By.id("secretDialogForm:secretValue")).getAttribute("value");
                return value != null && value.startsWith("whsec_") && d.findElement(
                        By.id("secretDialogForm:secretValue")).isDisplayed() ? value : null;
            });
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Endpoint added"));
            screenshot(SHOTS.resolve("1-secret.png"));

            String name = "Webhook Journey " + System.nanoTime();
            createClient(name, null);
            List<WebhookReceiver.Received> arrived = receiver.await(r -> r.body().contains(name), 1,
                    Duration.ofSeconds(20));
            assertEquals(1, arrived.size(), "the new client's event reached the receiver");
            assertEquals("client.created", arrived.get(0).eventType());
            assertTrue(arrived.get(0).signedWith(secret), "signed with the secret the page showed");

            browser.get(url("/admin/webhooks.xhtml"));
            visible(By.id("endpoints:table:0:deliveries")).click();
            wait.until(d -> {
                d.findElement(By.id("deliveries:refresh")).click();
                ajaxSettled();
                return d.findElement(By.id("deliveries:deliveryTable")).getText().contains("Delivered");
            });
            visible(By.cssSelector("[id='deliveries:deliveryTable'] .ui-row-toggler")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:deliveryTable"),
                    arrived.get(0).eventId()));
            String table = browser.findElement(By.id("deliveries:deliveryTable")).getText();
            assertTrue(table.contains("client.created") && table.contains("200") && table.contains("ok"), table);
            screenshot(SHOTS.resolve("2-delivery.png"));

            visible(By.id("endpoints:table:0:delete")).click();
            visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("endpoints:table"),
                    "No endpoint yet."));
        }
    }
}
