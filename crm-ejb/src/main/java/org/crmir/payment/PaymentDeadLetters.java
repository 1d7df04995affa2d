package org.crmir.payment;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Watches {@code crm.DLQ} for gateway events the payment queue gave up on (every attempt failed) and marks them
 * FAILED with the last error, so that they show on the reconciliation page and can be retried there. Only
 * gateway events are taken; emails' dead letters stay for the communication feature's watcher.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.DLQ"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'gateway-event'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class PaymentDeadLetters implements MessageListener {

    @EJB
    GatewayEventLog log;

    @Override
    public void onMessage(Message message) {
        try {
            log.parked(message.getLongProperty(GatewayIntake.EVENT_PROPERTY));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable dead letter of a gateway event", e);
        }
    }
}
