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
 */
@Stateless
@PermitAll
public class AccountMailer {

    static final String KIND_ACCOUNT = "account-email";
    static final String TO_PROPERTY = "to";
    static final String SUBJECT_PROPERTY = "subject";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.outbound-mail")
    Queue outboundMail;

    /** Queues a plain-text e-mail to one address; it leaves when the current transaction commits. */
    public void send(String to, String subject, String body) {
        jms.createProducer()
                .setProperty(CommunicationService.KIND_PROPERTY, KIND_ACCOUNT)
                .setProperty(TO_PROPERTY, to)
                .setProperty(SUBJECT_PROPERTY, subject)
                .send(outboundMail, body);
    }
}
