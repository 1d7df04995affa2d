package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A user's first journey in a real browser: sign in, create a client with a contact, find it, sign out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientJourneyIT extends BrowserJourney {

    @Test
    void signInCreateAClientWithAContactFindItAndSignOut() {
        String name = "Journey " + UUID.randomUUID().toString().substring(0, 8);

        // an unauthenticated visit lands on the sign-in page
        browser.get(url("/clients.xhtml"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        type(By.id("login:username"), "admin");
        type(By.id("login:password"), "wrong password");
        browser.findElement(By.id("login:signIn")).click();
        assertTrue(visible(By.id("login:messages")).getText().contains("Unknown username or wrong password"));

        signInAsAdmin();
        assertEquals("Clients", visible(By.tagName("h1")).getText());

        // create the client
        visible(By.id("clients:newClient")).click();
        wait.until(ExpectedConditions.urlContains("/client-edit.xhtml"));
        type(By.id("clientForm:name"), name);
        type(By.id("clientForm:email"), "not-an-email");
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clientForm:messages"), "email"));
        type(By.id("clientForm:email"), "office@journey.example");
        type(By.id("clientForm:city"), "Lisbon");
        browser.findElement(By.id("clientForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
        assertEquals(name, visible(By.id("clientName")).getText());
        assertEquals("office@journey.example", visible(By.id("clientEmail")).getText());

        // add a contact in the dialog
        visible(By.id("contacts:addContact")).click();
        type(By.id("contactDialogForm:contactName"), "Rita Sousa");
        type(By.id("contactDialogForm:contactEmail"), "rita@journey.example");
        browser.findElement(By.id("contactDialogForm:saveContact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts:contactTable"), "Rita Sousa"));
        assertTrue(browser.findElement(By.id("contacts:contactTable")).getText().contains("Primary"));

        // find it in the list by searching
        browser.get(url("/clients.xhtml"));
        type(By.id("clients:search"), name.substring(0, 12));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clients:table"), name));
        visible(By.linkText(name)).click();
        wait.until(ExpectedConditions.urlContains("/client.xhtml"));
        assertEquals(name, visible(By.id("clientName")).getText());

        // sign out: the session is gone on the server too
        visible(By.id("nav:signOut")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(visible(By.id("signedOutNotice")).getText().contains("signed out"));
        browser.get(url("/clients.xhtml"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }
}
