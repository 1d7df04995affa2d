package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.crmir.shared.Outage;

/**
 * Sends the SMS queued on {@code crm.sms} through the gateway, one attempt per delivery of the JMS message. A
 * gateway that does not answer, or answers with a fault, means another attempt after the queue's redelivery delay
 * (the transaction is marked for rollback); a refusal (an invalid number, no credit) and the last attempt mark the
 * SMS FAILED. Each step is committed by {@link SmsOutbox} on its own, so a redelivery after a send sends nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.sms"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class SmsDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());
    /** The gateway's outage is one line in the log, not one per deferred SMS. */
    private static final Outage SMS_GATEWAY = new Outage("The SMS gateway",
            "text messages wait and are tried again; each one's attempts are on its history entry");

    @EJB
    SmsOutbox outbox;

    @Inject
    AfricasTalkingSms gateway;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        long id;
        int delivery;
        try {
            id = message.getLongProperty(SmsQueue.ID_PROPERTY);
            delivery = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message on crm.sms", e);
        }
        Optional<SmsOutbox.OutgoingSms> claimed = outbox.claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        SmsSettings settings = SmsSettings.fromEnvironment();
        if (!settings.isAvailable()) {
            outbox.failed(id, SmsSettings.NOT_AVAILABLE);
            return;
        }
        try {
            AfricasTalkingSms.Taken taken = gateway.send(settings, claimed.get().to(), claimed.get().text());
            outbox.sent(id, taken.messageId());
            SMS_GATEWAY.worked(LOG);
        } catch (AfricasTalkingSms.Refused refused) {
            outbox.failed(id, refused.getMessage());
        } catch (AfricasTalkingSms.Unavailable unavailable) {
            int max = DeliveryPolicy.maxAttempts();
            if (delivery >= max) {
                outbox.failed(id, unavailable.getMessage() + " (gave up after " + delivery + " attempts)");
                return;
            }
            outbox.retryLater(id, unavailable.getMessage() + " (attempt " + delivery + " of " + max + ")");
            SMS_GATEWAY.failed(LOG, () -> "SMS " + id + " deferred, attempt " + delivery + " of " + max,
                    unavailable.getMessage());
            context.setRollbackOnly();
        }
    }
}
