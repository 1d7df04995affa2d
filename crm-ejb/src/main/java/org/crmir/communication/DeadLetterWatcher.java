package org.crmir.communication;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Watches {@code crm.DLQ}: an email whose message the broker gave up on ({@link OutboundMailDispatcher} failed in a
 * way it could not record) is marked FAILED, so that the failure shows in the UI and can be retried; an account
 * e-mail's failure goes back to its sender ({@link AccountMailFailed}), a feature's own e-mail's to its
 * {@link Outbox}. It takes only e-mail dead letters; other features' dead letters stay for their own watchers.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.DLQ"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind IN ('email', 'account-email', 'outbox-email', 'sms')"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class DeadLetterWatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatcher.class.getName());

    @EJB
    OutboundMailbox mailbox;

    @Inject
    Event<AccountMailFailed> accountMailFailed;

    @Inject
    Outboxes outboxes;

    @EJB
    SmsOutbox sms;

    private static final String GAVE_UP = "The message could not be delivered; the queue gave up on it";

    @Override
    public void onMessage(Message message) {
        try {
            if (CommunicationService.KIND_EMAIL.equals(message.getStringProperty(CommunicationService.KIND_PROPERTY))) {
                mailbox.failed(message.getLongProperty(CommunicationService.ID_PROPERTY), GAVE_UP);
            } else if (AccountMailer.KIND_ACCOUNT.equals(
                    message.getStringProperty(CommunicationService.KIND_PROPERTY))) {
                accountMailFailed.fire(AccountMailer.failureOf(message, GAVE_UP));
            } else if (Outboxes.KIND_OUTBOX.equals(
                    message.getStringProperty(CommunicationService.KIND_PROPERTY))) {
                String name = message.getStringProperty(Outboxes.OUTBOX_PROPERTY);
                long id = message.getLongProperty(Outboxes.MAIL_PROPERTY);
                outboxes.named(name).ifPresentOrElse(o -> o.failed(id, GAVE_UP),
                        () -> LOG.warning("Dead letter of an unknown outbox: " + name));
            } else if (SmsQueue.KIND_SMS.equals(message.getStringProperty(CommunicationService.KIND_PROPERTY))) {
                sms.failed(message.getLongProperty(SmsQueue.ID_PROPERTY), GAVE_UP);
            } else {
                LOG.warning("Dead letter of unknown kind: " + message.getJMSMessageID());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable dead letter", e);
        }
    }
}
