package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crmir.identity.Role;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteService;
import org.crmir.shared.LineInput;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.MailServer;
import org.crmir.support.RawHttp;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code Host} header is the client's to choose: no redirect and no link CRMir hands out may point at it.
 * Redirects leave as paths; public links are built on CRMIR_PUBLIC_URL (the test server's own address).
 */
@ExtendWith(ArquillianExtension.class)
class HostHeaderIT {

    private static final String EVIL = "evil.example";

    @EJB
    Fixtures fixtures;

    @EJB
    AsSales asSales;

    @EJB
    QuoteService quotes;

    @BeforeEach
    void users() throws Exception {
        fixtures.usersExist();
    }

    @Test
    void aProtectedPageSendsToTheSignInPageByPath() {
        RawHttp.Answer answer = RawHttp.send("GET", "/crmir/clients.xhtml", EVIL, null, null);
        assertEquals(302, answer.status());
        assertEquals("/crmir/login.xhtml", answer.header("Location"));
    }

    @Test
    void theAddressPrintedAtStartLeadsSomeoneSignedOutToTheSignInPage() {
        RawHttp.Answer welcome = RawHttp.send("GET", "/crmir/", EVIL, null, null);
        assertEquals(302, welcome.status());
        assertEquals("/crmir/login.xhtml", welcome.header("Location"), "not back to /crmir/, for ever");
    }

    @Test
    void signingInAndOutRedirectByPath() {
        String cookie = signIn();
        RawHttp.Answer page = RawHttp.send("GET", "/crmir/clients.xhtml", EVIL, cookie, null);
        assertEquals(200, page.status(), page.body());
        assertFalse(page.body().contains(EVIL), "a page names the Host header");
        RawHttp.Answer bare = RawHttp.send("GET", "/crmir", EVIL, cookie, null);
        assertEquals(302, bare.status());
        assertEquals("/crmir/", bare.header("Location"), "the context root leads to its slash, by path");
        // The address `bin/crmir run` prints: the dashboard, not a redirect to itself.
        RawHttp.Answer welcome = RawHttp.send("GET", "/crmir/", EVIL, cookie, null);
        assertEquals(200, welcome.status(), welcome.header("Location") + " " + welcome.body());
        assertTrue(welcome.body().contains("id=\"figures\""), "the dashboard is the welcome page");

        RawHttp.Answer out = RawHttp.send("POST", "/crmir/clients.xhtml", EVIL, cookie, "nav=nav&nav%3AsignOut="
                + "&" + page.postBack());
        assertEquals(302, out.status(), out.body());
        assertEquals("/crmir/login.xhtml?signedOut=true", out.header("Location"));
    }

    @Test
    void aQuotesPublicLinkIsBuiltOnThePublicUrl() throws Exception {
        long clientId = fixtures.client("Host Co", client -> client.setEmail("buyer@host-co.example"));
        // Sending e-mails the quote: a real SMTP server takes it, so that nothing is left retrying.
        MailServer smtp = new MailServer().start();
        Quote quote;
        try {
            quote = asSales.call(() -> {
                Quote draft = quotes.createDraft(clientId, LocalDate.now().plusDays(30), List.of(new LineInput(null,
                        "Advice", BigDecimal.ONE, "h", new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ZERO)),
                        null, null);
                return quotes.send(draft.getId());
            });
            Eventually.until(Duration.ofSeconds(30), () -> smtp.receivedFor("buyer@host-co.example"),
                    received -> !received.isEmpty());
        } finally {
            smtp.stop();
        }
        assertNotNull(quote.getPublicToken());

        RawHttp.Answer page = RawHttp.send("GET", "/crmir/quote.xhtml?id=" + quote.getId(), EVIL, signIn(), null);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains(System.getenv("CRMIR_PUBLIC_URL") + "/public/quote.xhtml?token="
                + quote.getPublicToken()), page.body());
        assertFalse(page.body().contains(EVIL), "the public link is built on the Host header");
    }

    @Test
    void aCreatedRecordsLocationIsAPath() throws Exception {
        String token = fixtures.apiToken(Role.SALES, "host header");
        RawHttp.Answer created = RawHttp.sendJson("POST", "/crmir/api/v1/clients", EVIL, token,
                "{\"kind\":\"COMPANY\",\"name\":\"Located " + UUID.randomUUID() + "\",\"currency\":\"EUR\"}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").matches("/crmir/api/v1/clients/\\d+"), created.header("Location"));
    }

    /** Signs in as the sales test user through the sign-in form, every request naming the hostile host. */
    private static String signIn() {
        RawHttp.Answer form = RawHttp.send("GET", "/crmir/login.xhtml", EVIL, null, null);
        String cookie = form.sessionCookie();
        RawHttp.Answer posted = RawHttp.send("POST", "/crmir/login.xhtml", EVIL, cookie,
                "login=login&login%3Ausername=" + AsSales.USERNAME + "&login%3Apassword=" + enc(TestUsers.PASSWORD)
                        + "&login%3AsignIn=&" + form.postBack());
        assertEquals(302, posted.status(), posted.body());
        assertEquals("/crmir/dashboard.xhtml", posted.header("Location"));
        return posted.sessionCookie() == null ? cookie : posted.sessionCookie();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
