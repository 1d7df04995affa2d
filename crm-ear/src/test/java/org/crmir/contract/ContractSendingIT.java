package org.crmir.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.RelatedDocument;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
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
 * The contract PDF, sending it through the communication pipeline to a real SMTP server, and the client's
 * acceptance behind the public link, which records who and when.
 */
@ExtendWith(ArquillianExtension.class)
class ContractSendingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(http\\S+/public/contract\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    @EJB
    ContractService contracts;

    @EJB
    ContractQueries contractQueries;

    @EJB
    ContractPdfService documents;

    @EJB
    CommunicationService communication;

    @EJB
    ClientService clients;

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
        clientEmail = Fixtures.emailAddress("legal", "client.example");
        clientId = fixtures.client("Signing Co", client -> client.setEmail(clientEmail));
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    private static String text(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return part.isMimeType("text/*") ? part.getContent().toString() : "";
    }

    private static byte[] pdfAttachment(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = pdfAttachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (part.isMimeType("application/pdf")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            return bytes.toByteArray();
        }
        return null;
    }

    @Test
    void theContractIsSentAsAPdfWithALinkAndTheClientAcceptsItOnce() throws Exception {
        ContractDraft draft = new ContractDraft(clientId, "Cleaning services", null, today, today.plusYears(1),
                30, true, 12, 30, new BigDecimal("2400.00"), "<p>Weekly <strong>cleaning</strong>.</p>", null, null,
                null, null, List.of(), List.of(new MilestoneInput("Deep clean", today.plusMonths(6))));
        long id = asSales.call(() -> contracts.createDraft(draft).getId());
        long clientVersion = asViewer.call(() -> clients.find(clientId).getVersion());

        byte[] pdf = asViewer.call(() -> documents.pdf(id)).content();
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        assertTrue(pdf.length > 1000, "a real document, not an empty page: " + pdf.length + " bytes");

        var email = asSales.call(() -> documents.send(id));
        assertEquals(RelatedDocument.CONTRACT, email.getRelatedType());
        assertEquals(id, email.getRelatedId());
        // Sending reads the client (its address, empty here, on the letterhead) and leaves it as it was: a version
        // moved by a read gave a user's open edit of the client, or a send beside a receipt, a conflict (409).
        assertEquals(clientVersion, asViewer.call(() -> clients.find(clientId).getVersion()), "client unchanged");
        Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.find(email.getId())),
                i -> i.getStatus() == DeliveryStatus.SENT);
        assertEquals(List.of(email.getId()), asViewer.call(() -> contractQueries.messagesOf(id)).stream()
                .map(org.crmir.communication.InteractionRow::id).toList(), "the email is in the contract's history");
        List<MimeMessage> received = Eventually.until(PATIENCE, () -> smtp.receivedFor(clientEmail),
                m -> !m.isEmpty());
        MimeMessage message = received.get(0);
        assertTrue(message.getSubject().contains("Contract Cleaning services"), message.getSubject());
        byte[] attached = pdfAttachment(message);
        assertNotNull(attached, "the PDF is attached");
        assertTrue(new String(attached, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        Matcher link = LINK.matcher(text(message));
        assertTrue(link.find(), text(message));
        String token = link.group(2);
        assertTrue(token.length() >= 40, "an unguessable token: " + token);

        HttpResponse<String> page = Http.send("GET", "/public/contract.xhtml?token=" + token, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Cleaning services"), page.body());
        assertTrue(page.body().contains("<strong>cleaning</strong>"), "the terms keep their formatting");

        assertThrows(InvalidInputException.class, () -> documents.acceptByClient(token, "  "));
        PublicContract accepted = documents.acceptByClient(token, "Robin Client");
        assertEquals("Robin Client", accepted.acceptedBy());
        assertNotNull(accepted.acceptedAt());
        assertThrows(RuleViolationException.class, () -> documents.acceptByClient(token, "Someone Else"));
        Contract stored = asViewer.call(() -> contracts.find(id));
        assertEquals("Robin Client", stored.getAcceptedBy());
        assertTrue(asViewer.call(() -> contractQueries.historyOf(id, org.crmir.shared.PageRequest.first(10))).stream()
                .anyMatch(e -> e.actor().equals("client:Robin Client")));

        assertThrows(NotFoundException.class, () -> documents.publicView(token.substring(1) + "x"));
        HttpResponse<String> unknown = Http.send("GET", "/public/contract.xhtml?token=" + "x".repeat(43), null, null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("This link is not valid"), "a message, not an error page");
    }
}
