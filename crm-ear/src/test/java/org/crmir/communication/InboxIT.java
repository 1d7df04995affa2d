package org.crmir.communication;

import static org.crmir.support.TestDatabase.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.shared.PageRequest;
import org.crmir.support.AsSales;
import org.crmir.support.AsSupport;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.crmir.support.MailServer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replies and bounces read from a real IMAP mailbox (GreenMail, where the test server's CRMIR_IMAP_* point, read
 * every second): a reply lands on the client and document of the e-mail it answers, mail from a contact on the
 * contact's client, a stranger's in triage, a bounce marks the e-mail it returns; nothing is logged twice.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int IMAP_PORT = Integer.parseInt(System.getenv().getOrDefault("CRMIR_IMAP_PORT", "3143"));

    @EJB
    CommunicationService communication;

    @EJB
    ClientService clients;

    @EJB
    MailTriage triage;

    @EJB
    AsSales asSales;

    @EJB
    AsSupport asSupport;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private final MailServer smtp = new MailServer();
    private GreenMail imap;
    private GreenMailUser mailbox;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        smtp.start();
        imap = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        mailbox = imap.setUser("inbox@crmir.test", System.getenv().getOrDefault("CRMIR_IMAP_USER", "crmir-inbox"),
                System.getenv().getOrDefault("CRMIR_IMAP_PASSWORD", "crmir-inbox"));
        clientId = fixtures.client("Inbox Co " + tag);
    }

    @AfterEach
    void tearDown() {
        imap.stop();
        smtp.stop();
    }

    private static MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress(from));
        mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("inbox@crmir.test"));
        mail.setSubject(subject);
        mail.setText(text);
        return mail;
    }

    private long inbound(String subject) throws Exception {
        return number("SELECT COUNT(*) FROM interactions WHERE direction = 'INBOUND' AND subject = '" + subject
                + "'");
    }

    @Test
    void aReplyIsLoggedOnTheClientAndDocumentOfTheEmailItAnswersOnce() throws Exception {
        String to = "ann-" + tag + "@client.example";
        long sentId = asSales.call(() -> communication.sendEmail(new OutgoingEmail(clientId, null, to,
                "Your invoice " + tag, "Please find it attached.", List.of(), RelatedDocument.INVOICE, 4711L)))
                .getId();
        Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.find(sentId)).getStatus(),
                status -> status == DeliveryStatus.SENT);
        String messageId = smtp.receivedFor(to).get(0).getMessageID();

        MimeMessage reply = mail(to, "Re: Your invoice " + tag, "Thanks, paid today.");
        reply.setHeader("In-Reply-To", messageId);
        reply.setHeader("References", messageId);
        mailbox.deliver(reply);
        Eventually.until(PATIENCE, () -> inbound("Re: Your invoice " + tag), n -> n == 1);
        assertEquals(1, number("SELECT COUNT(*) FROM interactions WHERE direction = 'INBOUND' AND subject = 'Re: Your"
                + " invoice " + tag + "' AND client_id = " + clientId + " AND related_type = 'INVOICE'"
                + " AND related_id = 4711 AND channel = 'EMAIL' AND body LIKE 'Thanks, paid today.%'"));

        // Read again (marked unread, as after a crash between filing and marking): still logged once.
        imap.getManagers().getImapHostManager().getInbox(mailbox).getMessages().forEach(m ->
                m.setFlag(jakarta.mail.Flags.Flag.SEEN, false));
        Thread.sleep(3000);
        assertEquals(1, inbound("Re: Your invoice " + tag));
    }

    @Test
    void mailFromAContactIsLoggedOnItsClientAndAStrangersWaitsToBeFiled() throws Exception {
        String contactMail = "bo-" + tag + "@client.example";
        asSales.call(() -> clients.addContact(clientId, new Contact("Bo " + tag, null, contactMail, null)));
        mailbox.deliver(mail(contactMail, "Question " + tag, "Can we meet?"));
        mailbox.deliver(mail("stranger-" + tag + "@elsewhere.example", "Offer " + tag, "Buy our stuff."));
        mailbox.deliver(mail("other-" + tag + "@elsewhere.example", "Spam " + tag, "Win."));
        Eventually.until(PATIENCE, () -> inbound("Question " + tag), n -> n == 1);
        assertEquals(1, number("SELECT COUNT(*) FROM interactions i JOIN contacts k ON k.id = i.contact_id"
                + " WHERE i.subject = 'Question " + tag + "' AND i.client_id = " + clientId));

        InboundMail offer = Eventually.until(PATIENCE, () -> asSupport.call(() -> triage.waiting(
                PageRequest.first(200))).items().stream().filter(m -> ("Offer " + tag).equals(m.getSubject()))
                .findFirst().orElse(null), m -> m != null);
        asSupport.call(() -> triage.file(offer.getId(), clientId));
        assertEquals(1, inbound("Offer " + tag));
        InboundMail spam = Eventually.until(PATIENCE, () -> asSupport.call(() -> triage.waiting(
                PageRequest.first(200))).items().stream().filter(m -> ("Spam " + tag).equals(m.getSubject()))
                .findFirst().orElse(null), m -> m != null);
        asSupport.call(() -> { triage.discard(spam.getId()); return null; });
        assertEquals(0, inbound("Spam " + tag));
        assertEquals(0, asSupport.call(() -> triage.waiting(PageRequest.first(200))).items().stream()
                .filter(m -> m.getSubject().endsWith(tag)).count(), "nothing of this test waits any more");
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> triage.waiting(PageRequest.first(5))));
    }

    @Test
    void aBounceMarksTheEmailItReturns() throws Exception {
        String to = "gone-" + tag + "@client.example";
        long sentId = asSales.call(() -> communication.sendEmail(new OutgoingEmail(clientId, null, to,
                "Reminder " + tag, "Your invoice is due.", List.of(), null, null))).getId();
        Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.find(sentId)).getStatus(),
                status -> status == DeliveryStatus.SENT);
        MimeMessage original = smtp.receivedFor(to).get(0);

        MimeMessage bounce = new MimeMessage(Session.getInstance(new Properties()));
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@client.example"));
        bounce.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("inbox@crmir.test"));
        bounce.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart notice = new MimeBodyPart();
        notice.setText("The mail system: <" + to + ">: user unknown");
        report.addBodyPart(notice);
        MimeBodyPart returned = new MimeBodyPart();
        returned.setContent(original, "message/rfc822");
        report.addBodyPart(returned);
        bounce.setContent(report);
        bounce.saveChanges();
        mailbox.deliver(bounce);

        Interaction bounced = Eventually.until(PATIENCE, () -> asViewer.call(() -> communication.find(sentId)),
                i -> i.getStatus() == DeliveryStatus.BOUNCED);
        assertEquals("returned by the receiving server: Undelivered Mail Returned to Sender",
                bounced.getErrorText());
    }
}
