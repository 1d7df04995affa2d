package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.crmir.shared.Outage;

/**
 * Sends the emails queued on {@code crm.outbound-mail} through the WildFly mail session. After a transient failure
 * (no connection, a 4xx answer) the delivery's transaction is marked for rollback, so that Artemis redelivers after
 * its delay; an exception would do the same but be logged as an EJB fault with its stack trace on every attempt,
 * for what is an expected, retried condition. A permanent failure (a 5xx answer, a rejected address) and the last
 * attempt mark the message FAILED. Status changes are committed by
 * {@link OutboundMailbox} on their own, so a redelivery after a successful send finds SENT and sends nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.outbound-mail"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
public class OutboundMailDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutboundMailDispatcher.class.getName());
    /** Every e-mail deferred by one outage is one line in the log, not five per e-mail. */
    private static final Outage MAIL_SERVER = new Outage("The mail server",
            "e-mails wait and are tried again; each one's attempts are on its history entry");

    @Resource(lookup = "java:jboss/mail/CrmMail")
    Session mailSession;

    @EJB
    OutboundMailbox mailbox;

    @Resource
    MessageDrivenContext context;

    @Inject
    Event<AccountMailFailed> accountMailFailed;

    @Inject
    Outboxes outboxes;

    @Override
    public void onMessage(Message message) {
        Outbox outbox;
        long id;
        int delivery;
        try {
            String kind = message.getStringProperty(CommunicationService.KIND_PROPERTY);
            if (AccountMailer.KIND_ACCOUNT.equals(kind)) {
                sendAccountMail(message);
                return;
            }
            delivery = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
            if (CommunicationService.KIND_EMAIL.equals(kind)) {
                outbox = mailbox;
                id = message.getLongProperty(CommunicationService.ID_PROPERTY);
            } else if (Outboxes.KIND_OUTBOX.equals(kind)) {
                String name = message.getStringProperty(Outboxes.OUTBOX_PROPERTY);
                outbox = outboxes.named(name).orElse(null);
                if (outbox == null) {
                    LOG.warning("Ignoring an e-mail of an unknown outbox on crm.outbound-mail: " + name);
                    return;
                }
                id = message.getLongProperty(Outboxes.MAIL_PROPERTY);
            } else {
                LOG.warning("Ignoring a message of unknown kind on crm.outbound-mail: " + message.getJMSMessageID());
                return;
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message on crm.outbound-mail", e);
        }
        send(outbox, id, delivery);
    }

    /** One attempt at e-mail {@code id} of {@code outbox}, each step recorded by the outbox as it happens. */
    private void send(Outbox outbox, long id, int delivery) {
        Optional<OutgoingMail> claimed = outbox.claim(id);
        if (claimed.isEmpty()) {
            return; // already sent, failed for good, or gone: nothing to do, and no second send
        }
        try {
            MailLookups.run(() -> Transport.send(compose(claimed.get(), outbox.name())));
        } catch (MessagingException e) {
            String error = describe(e);
            if (isPermanent(e)) {
                outbox.failed(id, error);
                return;
            }
            int max = DeliveryPolicy.maxAttempts();
            if (delivery >= max) {
                outbox.failed(id, error + " (gave up after " + delivery + " attempts)");
                return;
            }
            outbox.retryLater(id, error + " (attempt " + delivery + " of " + max + ")");
            String which = OutboundMailbox.NAME.equals(outbox.name()) ? "Email " + id
                    : "E-mail " + id + " of " + outbox.name();
            MAIL_SERVER.failed(LOG, () -> which + " deferred, attempt " + delivery + " of " + max, error);
            context.setRollbackOnly();
            return;
        }
        outbox.sent(id);
        MAIL_SERVER.worked(LOG);
    }

    /**
     * An e-mail about a user's account ({@link AccountMailer}): the message itself carries it, there is no history
     * row. Transient failures are redelivered like other e-mails; after a permanent one, or the last attempt, the
     * failure goes back to the sender ({@link AccountMailFailed}), and is logged once. The sender records it in a
     * transaction of its own, so that nothing it does can undo the giving up.
     */
    private void sendAccountMail(Message message) throws JMSException {
        int delivery = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        String to = message.getStringProperty(AccountMailer.TO_PROPERTY);
        try {
            String subject = message.getStringProperty(AccountMailer.SUBJECT_PROPERTY);
            String body = message.getBody(String.class);
            MailLookups.run(() -> {
                MimeMessage mail = new MimeMessage(mailSession);
                mail.setFrom(new InternetAddress(sessionFrom()));
                mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to));
                mail.setSubject(subject, StandardCharsets.UTF_8.name());
                mail.setText(body, StandardCharsets.UTF_8.name());
                Transport.send(mail);
            });
            MAIL_SERVER.worked(LOG);
        } catch (MessagingException e) {
            if (isPermanent(e) || delivery >= DeliveryPolicy.maxAttempts()) {
                LOG.warning("Gave up on an account e-mail to " + to + " after " + delivery + " attempt(s): "
                        + describe(e));
                accountMailFailed.fire(AccountMailer.failureOf(message, describe(e)));
                return;
            }
            MAIL_SERVER.failed(LOG, () -> "Account e-mail deferred, attempt " + delivery, describe(e));
            context.setRollbackOnly(); // redelivered after the queue's delay, as other e-mails are
        }
    }

    private MimeMessage compose(OutgoingMail mail, String outbox) throws MessagingException {
        // An outbox's e-mail without a sender of its own leaves from the mail session's address, as account mail.
        String from = mail.from() != null ? mail.from() : sessionFrom();
        // One id per CRMir message, however often it is tried: receivers can drop a duplicate, and a reply names it.
        String messageId = OutboundMailbox.NAME.equals(outbox) ? MailThreads.messageId(mail.id(), from)
                : "<crmir-" + outbox + "-" + mail.id() + "@" + domainOf(from) + ">";
        MimeMessage message = new MimeMessage(mailSession) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo())});
        }
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (AttachmentData file : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new jakarta.activation.DataHandler(
                        new ByteArrayDataSource(file.content(), file.contentType())));
                part.setFileName(file.fileName());
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    /** The mail session's sender ({@code mail.from}), for e-mails that are CRMir's own. */
    private String sessionFrom() {
        String from = mailSession.getProperty("mail.from");
        return from == null || from.isBlank() ? "crmir@localhost" : from;
    }

    private static String domainOf(String address) {
        int at = address.indexOf('@');
        return at < 0 ? "crmir" : address.substring(at + 1);
    }

    /** A 5xx reply or a rejected address will not change by trying again; anything else may. */
    static boolean isPermanent(MessagingException failure) {
        Throwable current = failure;
        while (current != null) {
            Integer code = smtpReturnCode(current);
            if (code != null && code > 0) {
                return code >= 500;
            }
            if (current instanceof AddressException) {
                return true;
            }
            if (current instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
            current = current instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : current.getCause();
        }
        return false;
    }

    /** The SMTP reply code the mail implementation attaches to its exceptions, if any (read reflectively). */
    private static Integer smtpReturnCode(Throwable failure) {
        try {
            Method code = failure.getClass().getMethod("getReturnCode");
            return (Integer) code.invoke(failure);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static String describe(MessagingException failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()).strip());
        Throwable cause = failure.getNextException() != null ? failure.getNextException() : failure.getCause();
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(": ").append(cause.getMessage().strip());
        }
        return text.toString();
    }
}
