package org.crmir.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractService;
import org.crmir.contract.MilestoneInput;
import org.crmir.identity.CalendarFeedService;
import org.crmir.identity.Role;
import org.crmir.invoice.InvoiceService;
import org.crmir.shared.LineInput;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A personal calendar feed as a calendar app reads it: the secret link, fetched without signing in, holds the
 * holder's contract ends, notice deadlines, important dates and open invoices falling due (a sales user's own
 * clients only; finance's everyone's), with links into CRMir; a replaced or turned-off link gives nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @EJB
    CalendarFeedService links;

    @EJB
    ContractService contracts;

    @EJB
    InvoiceService invoices;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsAdmin asAdmin;

    @EJB
    Fixtures fixtures;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void users() throws Exception {
        fixtures.usersExist();
    }

    private static HttpResponse<String> fetch(String secret) {
        return Http.send("GET", "/calendar/" + secret + ".ics", null, null);
    }

    private long contract(Role owner, long clientId, String title) throws Exception {
        ContractDraft draft = new ContractDraft(clientId, title, null, today, today.plusMonths(4), 30, false, 12,
                30, new BigDecimal("1200.00"), null, null, null, null, null, List.of(),
                List.of(new MilestoneInput("Site visit", today.plusDays(20))));
        return owner == Role.ADMIN ? asAdmin.call(() -> contracts.createDraft(draft).getId())
                : asSales.call(() -> contracts.createDraft(draft).getId());
    }

    @Test
    void theLinkHoldsTheHoldersDatesAndStopsWhenReplacedOrTurnedOff() throws Exception {
        long mine = fixtures.clientOwnedBy(Role.SALES, "Calendar Co", c -> c.setCurrency("EUR"));
        long theirs = fixtures.clientOwnedBy(Role.ADMIN, "Elsewhere Ltd", c -> c.setCurrency("EUR"));
        String title = "Cleaning " + Fixtures.unique();
        String otherTitle = "Security " + Fixtures.unique();
        long contract = contract(Role.SALES, mine, title);
        contract(Role.ADMIN, theirs, otherTitle);
        long invoice = asSales.call(() -> invoices.createDraft(mine, List.of(new LineInput(null, "Windows",
                BigDecimal.ONE, null, new BigDecimal("250.00"), BigDecimal.ZERO, BigDecimal.ZERO)), null, null)
                .getId());
        asFinance.call(() -> invoices.issue(invoice));
        var issued = asFinance.call(() -> invoices.find(invoice));

        assertNull(asSales.call(() -> links.mine().orElse(null)), "no link until one is made");
        String secret = asSales.call(() -> links.create());
        assertTrue(secret.startsWith("cal_") && secret.length() >= 40, "an unguessable secret: " + secret);

        HttpResponse<String> feed = fetch(secret);
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String ics = feed.body().replace("\r\n ", ""); // unfolded, as a calendar app reads it
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Contract ends: " + title + "\r\n"), "the draft's end: " + ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + ICS_DATE.format(today.plusMonths(4))), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Notice deadline: " + title + "\r\n"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + ICS_DATE.format(today.plusMonths(4).minusDays(30))), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Site visit: " + title + "\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Invoice due: " + issued.getNumber() + " "), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + ICS_DATE.format(issued.getDueDate())), ics);
        assertTrue(ics.contains("(250.00 EUR)"), "what is still owed, in the currency's digits: " + ics);
        assertTrue(ics.contains("\r\nURL:http://127.0.0.1:8180/crmir/contract.xhtml?id=" + contract + "\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:contract-" + contract + "-end@crmir\r\n"), "a stable UID: " + ics);
        assertFalse(ics.contains(otherTitle), "another owner's client is not in a sales user's feed");
        assertNotNull(asSales.call(() -> links.mine().orElseThrow().lastReadAt()), "the read is shown");

        String financeSecret = asFinance.call(() -> links.create());
        String everyone = fetch(financeSecret).body().replace("\r\n ", "");
        assertTrue(everyone.contains(title) && everyone.contains(otherTitle), "finance sees everyone's");

        String replacement = asSales.call(() -> links.create());
        assertEquals(404, fetch(secret).statusCode(), "a replaced link gives nothing");
        assertEquals(200, fetch(replacement).statusCode());
        asSales.run(() -> links.turnOff());
        assertEquals(404, fetch(replacement).statusCode(), "a turned-off link gives nothing");
        assertTrue(fetch(replacement).body().contains("turned off or replaced"), "said plainly, no error page");
        assertThrows(RuleViolationException.class, () -> asSales.run(() -> links.turnOff()));
        assertNull(asSales.call(() -> links.mine().orElse(null)));
    }

    @Test
    void aLinkNobodyMadeGivesNothing() {
        assertEquals(404, fetch("cal_" + "x".repeat(43)).statusCode());
        assertEquals(404, fetch("").statusCode());
        assertEquals(404, Http.send("GET", "/calendar/" + "y".repeat(300) + ".ics", null, null).statusCode());
        assertEquals(404, Http.send("GET", "/calendar/cal_abc", null, null).statusCode(), "no .ics");
    }
}
