package org.crmir.communication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crmir.identity.Role;
import org.crmir.notification.Notification;
import org.crmir.notification.NotificationService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
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
 * The communication history and the mail pipeline in the real server: JMS queue, dispatcher MDB, WildFly mail
 * session, and a real SMTP server (GreenMail) that the tests stop to play an outage.
 */
@ExtendWith(ArquillianExtension.class)
class CommunicationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.outbound-mail")
    Queue queue;

    private final MailServer smtp = new MailServer();
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        clientId = fixtures.client("Mail Co");
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    private static String recipient() {
        return Fixtures.emailAddress("ann", "client.example");
    }

    private Interaction statusOf(long id) throws Exception {
        return asViewer.call(() -> communication.find(id));
    }

    private Interaction waitFor(long id, DeliveryStatus status) throws Exception {
        return Eventually.until(PATIENCE, () -> statusOf(id), i -> i.getStatus() == status);
    }

    @Test
    void anEmailReachesTheMailServerWithItsAttachmentAndIsMarkedSent() throws Exception {
        String to = recipient();
        byte[] pdf = "%PDF-1.4 quote".getBytes(StandardCharsets.US_ASCII);
        long id = asSales.call(() -> communication.sendEmail(new OutgoingEmail(clientId, null, to, "Your quote Q-17",
                "Dear Ann,\nplease find the quote attached.", List.of(new AttachmentData("Q-17.pdf",
                        "application/pdf", pdf)), RelatedDocument.QUOTE, 17L)).getId());
        // Queued when the caller's transaction commits; the dispatcher may have claimed it already by now.
        DeliveryStatus first = statusOf(id).getStatus();
        assertTrue(java.util.EnumSet.of(DeliveryStatus.QUEUED, DeliveryStatus.SENDING, DeliveryStatus.SENT)
                .contains(first), "status " + first);

        Interaction sent = waitFor(id, DeliveryStatus.SENT);
        assertEquals(1, sent.getAttempts());
        List<MimeMessage> received = smtp.receivedFor(to);
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Your quote Q-17", mail.getSubject());
        assertTrue(mail.getMessageID().startsWith("<crmir-" + id + "@"), mail.getMessageID());
        Multipart parts = (Multipart) mail.getContent();
        Part attachment = parts.getBodyPart(1);
        assertEquals("Q-17.pdf", attachment.getFileName());
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        attachment.getInputStream().transferTo(content);
        assertArrayEquals(pdf, content.toByteArray());
        assertEquals(List.of("Q-17.pdf"), asViewer.call(() -> communication.attachmentNames(id)));
    }

    @Test
    void whileTheMailServerIsDownTheEmailIsRetriedThenFailsAndARetrySendsItOnceItIsBack() throws Exception {
        smtp.stop();
        String to = recipient();
        long unreadBefore = asSales.call(() -> notifications.unreadCount());
        long id = asSales.call(() -> communication.sendEmail(new OutgoingEmail(clientId, null, to, "Invoice",
                "Please pay.", List.of(), null, null)).getId());

        Interaction failed = waitFor(id, DeliveryStatus.FAILED);
        assertEquals(DeliveryPolicy.maxAttempts(), failed.getAttempts());
        assertTrue(failed.getErrorText().contains("gave up after"), failed.getErrorText());
        assertEquals(unreadBefore + 1, asSales.call(() -> notifications.unreadCount()));
        Notification told = asSales.call(() -> notifications.mine(PageRequest.first(1))).items().get(0);
        assertTrue(told.getText().contains(to), told.getText());

        smtp.start();
        asSales.call(() -> communication.retry(id));
        Interaction sent = waitFor(id, DeliveryStatus.SENT);
        assertEquals(DeliveryPolicy.maxAttempts() + 1, sent.getAttempts());
        assertEquals(1, smtp.receivedFor(to).size());
    }

    @Test
    void aRedeliveryAfterASuccessfulSendSendsNothing() throws Exception {
        String to = recipient();
        long id = asSales.call(() -> communication.sendEmail(new OutgoingEmail(clientId, null, to, "Once",
                "Only once.", List.of(), null, null)).getId());
        waitFor(id, DeliveryStatus.SENT);

        // The broker delivers the same message again, as after a crash between the send and the acknowledgement.
        jms.createProducer().setProperty("kind", "email").setProperty("interactionId", id).send(queue, "again");
        jms.createProducer().setProperty("kind", "email").setProperty("interactionId", id).send(queue, "again");
        Thread.sleep(2000);

        assertEquals(1, smtp.receivedFor(to).size());
        Interaction after = statusOf(id);
        assertEquals(DeliveryStatus.SENT, after.getStatus());
        assertEquals(1, after.getAttempts());
    }

    @Test
    void aViewerCannotSendOrLog() {
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> communication.sendEmail(
                new OutgoingEmail(clientId, null, recipient(), "No", "No", List.of(), null, null))));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> communication.record(clientId,
                new NewInteraction(Channel.CALL, Direction.INBOUND, "a", "b", null, null, null, null, null, null))));
    }

    @Test
    void badComposeInputIsRefusedAndNothingIsQueued() throws Exception {
        InvalidInputException address = assertThrows(InvalidInputException.class, () -> asSales.call(() ->
                communication.sendEmail(new OutgoingEmail(clientId, null, "ann at client", "S", "B", List.of(),
                        null, null))));
        assertEquals("to", address.getField());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> asSales.call(() ->
                communication.sendEmail(new OutgoingEmail(clientId, null, recipient(), " ", "", List.of(), null,
                        null))));
        assertEquals(Set.of("subject", "body"), Set.copyOf(empty.getViolations().stream()
                .map(InvalidInputException.Violation::field).toList()));
        byte[] huge = new byte[Attachment.MAX_TOTAL_BYTES + 1];
        InvalidInputException tooBig = assertThrows(InvalidInputException.class, () -> asSales.call(() ->
                communication.sendEmail(new OutgoingEmail(clientId, null, recipient(), "Big", "Big",
                        List.of(new AttachmentData("big.bin", "application/octet-stream", huge)), null, null))));
        assertEquals("attachments", tooBig.getField());
        assertEquals(0, asViewer.call(() -> communication.timeline(clientId, HistoryFilter.none(),
                PageRequest.first(5))).total());
        assertThrows(NotFoundException.class, () -> asSales.call(() -> communication.sendEmail(
                new OutgoingEmail(987_654_321L, null, recipient(), "S", "B", List.of(), null, null))));
    }

    @Test
    void theTimelineAndTheHistoryArePagedNewestFirstAndFiltered() throws Exception {
        Instant base = Instant.parse("2026-03-01T09:00:00Z");
        String marker = "tl" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 30; i++) {
            Channel channel = i % 3 == 0 ? Channel.MEETING : Channel.CALL;
            Instant when = base.plus(Duration.ofHours(i));
            String sender = marker + "-" + (i % 2 == 0 ? "even" : "odd") + "@x.example";
            asSales.call(() -> communication.record(clientId, new NewInteraction(channel, Direction.INBOUND, sender,
                    "sales@corp.example", "Call " + when, "Notes", when, null, null, null)));
        }
        Page<InteractionRow> first = asViewer.call(() -> communication.timeline(clientId, HistoryFilter.none(),
                new PageRequest(0, 10, null, true)));
        assertEquals(30, first.total());
        assertEquals(base.plus(Duration.ofHours(29)), first.items().get(0).occurredAt());
        assertEquals(DeliveryStatus.RECORDED, first.items().get(0).status());

        HistoryFilter meetings = new HistoryFilter(null, null, Channel.MEETING, null, null, null);
        assertEquals(10, asViewer.call(() -> communication.timeline(clientId, meetings, PageRequest.first(50)))
                .total());
        HistoryFilter firstDay = new HistoryFilter(null, null, null, null, base, base.plus(Duration.ofHours(15)));
        assertEquals(15, asViewer.call(() -> communication.timeline(clientId, firstDay, PageRequest.first(50)))
                .total());
        HistoryFilter evenSenders = new HistoryFilter(marker + "-even", null, null, DeliveryStatus.RECORDED, null,
                null);
        Page<InteractionRow> history = asViewer.call(() -> communication.history(evenSenders, PageRequest.first(5)));
        assertEquals(15, history.total());
        assertEquals(5, history.items().size());
        assertTrue(history.items().get(0).clientName().startsWith("Mail Co"));
    }

    @Test
    void theApiAnswers404ForAnUnknownClientAnd201ForALoggedCall() throws Exception {
        String token = fixtures.apiToken(Role.SALES, "comm api");
        assertEquals(404, Http.send("POST", "/api/v1/clients/987654321/interactions", token,
                "{\"channel\":\"CALL\",\"sender\":\"a\",\"recipient\":\"b\"}").statusCode());
        var logged = Http.send("POST", "/api/v1/clients/" + clientId + "/interactions", token,
                "{\"channel\":\"CALL\",\"direction\":\"INBOUND\",\"sender\":\"Ann\",\"recipient\":\"Sam\","
                        + "\"subject\":\"Renewal\"}");
        assertEquals(201, logged.statusCode(), logged.body());
        var badAddress = Http.send("POST", "/api/v1/clients/" + clientId + "/emails", token,
                "{\"to\":\"nobody\",\"subject\":\"s\",\"body\":\"b\"}");
        assertEquals(422, badAddress.statusCode(), badAddress.body());
        var timeline = Http.send("GET", "/api/v1/clients/" + clientId + "/interactions?channel=call", token, null);
        assertEquals(200, timeline.statusCode());
        assertTrue(timeline.body().contains("Renewal"));
    }
}
