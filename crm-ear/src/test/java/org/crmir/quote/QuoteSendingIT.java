package org.crmir.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.InteractionRow;
import org.crmir.communication.RelatedDocument;
import org.crmir.identity.Role;
import org.crmir.notification.NotificationService;
import org.crmir.shared.LineInput;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.Http;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sending a quote emails it (PDF attached) to a real SMTP server with the link where the client accepts or
 * declines it; the client's answer behind that link reaches the quote's owner as a notification, an email and a
 * note in the client's history. A client without an email address gets a clear refusal, and nothing is numbered.
 */
@ExtendWith(ArquillianExtension.class)
class QuoteSendingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(http\\S+/public/quote\\.xhtml\\?token=([A-Za-z0-9_-]+))");
    private static final String OWNER_EMAIL = AsSales.USERNAME + "@crmir.test";

    @EJB
    QuoteService quotes;

    @EJB
    CommunicationService communication;

    @EJB
    NotificationService notifications;

    @EJB
    AsSales asSales;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private final MailServer smtp = new MailServer();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String clientEmail;
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        clientEmail = Fixtures.emailAddress("buyer", "client.example");
        clientId = client(clientEmail);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    private long client(String email) throws Exception {
        return fixtures.client("Quoted Co", client -> client.setEmail(email));
    }

    private long draft(long forClient) throws Exception {
        return asSales.call(() -> quotes.createDraft(forClient, today.plusDays(30), List.of(new LineInput(null,
                "Roof repair", new BigDecimal("2"), "day", new BigDecimal("400"), BigDecimal.ZERO,
                new BigDecimal("19"))), null, null).getId());
    }

    private static String text(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return part.isMimeType("text/*") && part.getFileName() == null ? part.getContent().toString() : "";
    }

    private static String pdfText(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                    return part.getFileName() + "\n" + new PDFTextStripper().getText(document);
                }
            }
        }
        throw new AssertionError("No PDF attached to " + mail.getSubject());
    }

    /** Sends the quote and returns the accept link from the email the client received. */
    private String sendAndReadLink(long id, String number) throws Exception {
        MimeMessage mail = Eventually.until(PATIENCE, () -> smtp.receivedFor(clientEmail), m -> !m.isEmpty()).get(0);
        assertTrue(mail.getSubject().contains(number), mail.getSubject());
        String pdf = pdfText(mail);
        assertTrue(pdf.startsWith(number + ".pdf"), pdf);
        assertTrue(pdf.contains("Roof repair"), pdf);
        Matcher link = LINK.matcher(text(mail));
        assertTrue(link.find(), "the email carries the accept link: " + text(mail));
        String url = link.group(1);
        String publicUrl = System.getenv("CRMIR_PUBLIC_URL").replaceAll("/+$", "");
        assertTrue(url.startsWith(publicUrl + "/public/quote.xhtml?token="), url + " from " + publicUrl);
        assertTrue(pdf.replaceAll("\\s", "").contains("Acceptordeclineonline:" + url), "the PDF too: " + pdf);
        List<InteractionRow> emails = asViewer.call(() -> communication.timeline(clientId, HistoryFilter.none(),
                PageRequest.first(20))).items().stream().filter(r -> r.getChannel() == Channel.EMAIL).toList();
        assertEquals(1, emails.size(), "one email in the client's history: " + emails);
        var recorded = asViewer.call(() -> communication.find(emails.get(0).getId()));
        assertEquals(RelatedDocument.QUOTE, recorded.getRelatedType());
        assertEquals(id, recorded.getRelatedId());
        return url;
    }

    private List<MimeMessage> ownerMailsAbout(String number) throws Exception {
        return smtp.receivedFor(OWNER_EMAIL).stream().filter(m -> {
            try {
                return m.getSubject().contains(number);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void ownerIsTold(long id, String number, String verb) throws Exception {
        assertTrue(asSales.call(() -> notifications.mine(PageRequest.first(20))).items().stream()
                .anyMatch(n -> n.getText().contains(number) && n.getText().contains(verb)
                        && n.getLink().startsWith("/quote.xhtml?id=")), "a notification for the owner");
        MimeMessage toOwner = Eventually.until(PATIENCE, () -> ownerMailsAbout(number), m -> !m.isEmpty()).get(0);
        assertTrue(toOwner.getSubject().contains(verb + " by the client"), toOwner.getSubject());
        List<InteractionRow> history = asViewer.call(() -> communication.about(RelatedDocument.QUOTE, id));
        assertTrue(history.stream().anyMatch(r -> r.getChannel() == Channel.NOTE
                && r.getSubject().equals("Quotation " + number + " " + verb + " by the client")
                && r.getClientId() == clientId), "the answer is in the quote's and the client's history: " + history);
    }

    @Test
    void aSentQuoteIsEmailedWithItsPdfAndAcceptLinkAndAcceptingItTellsTheOwner() throws Exception {
        long id = draft(clientId);
        Quote sent = asSales.call(() -> quotes.send(id));
        assertEquals(QuoteStatus.SENT, sent.getStatus());
        String url = sendAndReadLink(id, sent.getNumber());

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Quotation " + sent.getNumber()), page.body());
        assertTrue(page.body().contains("publicQuote:accept"), "the client can accept it");

        String token = url.substring(url.indexOf("token=") + "token=".length());
        assertEquals(QuoteStatus.ACCEPTED, quotes.acceptByClient(token).status());
        assertEquals(QuoteStatus.ACCEPTED, asViewer.call(() -> quotes.find(id)).getStatus());
        ownerIsTold(id, sent.getNumber(), "accepted");
    }

    @Test
    void decliningTellsTheOwnerToo() throws Exception {
        long id = draft(clientId);
        Quote sent = asSales.call(() -> quotes.send(id));
        String url = sendAndReadLink(id, sent.getNumber());
        String token = url.substring(url.indexOf("token=") + "token=".length());
        assertEquals(QuoteStatus.DECLINED, quotes.declineByClient(token).status());
        assertEquals(QuoteStatus.DECLINED, asViewer.call(() -> quotes.find(id)).getStatus());
        ownerIsTold(id, sent.getNumber(), "declined");
    }

    @Test
    void aClientWithoutAnEmailAddressIsRefusedClearlyAndNothingIsNumbered() throws Exception {
        long silent = client(null);
        long id = draft(silent);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> asSales.call(() -> quotes.send(id)));
        assertTrue(refused.getMessage().contains("has no email address"), refused.getMessage());
        Quote after = asViewer.call(() -> quotes.find(id));
        assertEquals(QuoteStatus.DRAFT, after.getStatus());
        assertNull(after.getNumber());

        String token = fixtures.apiToken(Role.SALES, "quote sending test");
        HttpResponse<String> problem = Http.send("POST", "/api/v1/quotes/" + id + "/send", token, null);
        assertTrue(problem.statusCode() == 409 || problem.statusCode() == 422, "refused, not failed: "
                + problem.statusCode() + " " + problem.body());
        assertTrue(problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject body = Json.createReader(new StringReader(problem.body())).readObject();
        assertTrue(body.getString("detail").contains("has no email address"), problem.body());
        assertNotNull(asViewer.call(() -> quotes.find(id)));
        assertNull(asViewer.call(() -> quotes.find(id)).getNumber());
    }
}
