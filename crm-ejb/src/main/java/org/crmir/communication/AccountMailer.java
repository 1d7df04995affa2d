package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * E-mails CRMir sends to its own users about their account (an invitation, a password reset link). They go through
 * the same queue and dispatcher as every other e-mail, sent if and only if the caller's transaction commits and
 * retried while the mail server is away, but they are no client's conversation, so they are not written into the
 * communication history (where everyone could read the link). Called by the identity services only, some before
 * anybody is signed in ("forgot password"), hence {@code @PermitAll}; it is a local bean, out of reach of clients.
 * An e-mail that cannot be sent is not dropped in silence: {@link AccountMailFailed} says so to whoever sent it.
 */
@Stateless
@PermitAll
public class AccountMailer {

    static final String KIND_ACCOUNT = "account-email";
    static final String TO_PROPERTY = "to";
    static final String SUBJECT_PROPERTY = "subject";
    static final String REFERENCE_PROPERTY = "reference";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.outbound-mail")
    Queue outboundMail;

    /**
     * Queues a plain-text e-mail to one address; it leaves when the current transaction commits. Should it never
     * leave, {@link AccountMailFailed} is fired with {@code reference} (the caller's own name for what it mailed).
     */
    public void send(String to, String subject, String body, String reference) {
        jms.createProducer()
                .setProperty(CommunicationService.KIND_PROPERTY, KIND_ACCOUNT)
                .setProperty(TO_PROPERTY, to)
                .setProperty(SUBJECT_PROPERTY, subject)
                .setProperty(REFERENCE_PROPERTY, reference)
                .send(outboundMail, body);
    }

    /** The e-mail in a message {@link #send} queued has not gone and will not: tells its sender, by an event. */
    static AccountMailFailed failureOf(jakarta.jms.Message message, String error) throws jakarta.jms.JMSException {
        return new AccountMailFailed(message.getStringProperty(REFERENCE_PROPERTY),
                message.getStringProperty(TO_PROPERTY), error);
    }
}
