package org.crmir.payment;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Watches {@code crm.DLQ} for receipts the receipt queue gave up on and marks them FAILED, so that the payment's
 * pages say so (with the error's reference) and finance can prepare them again. Takes only receipts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.DLQ"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'receipt'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class ReceiptDeadLetters implements MessageListener {

    @EJB
    ReceiptLog log;

    @Override
    public void onMessage(Message message) {
        try {
            log.parked(message.getLongProperty(ReceiptPdfService.PAYMENT_PROPERTY));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable dead letter of a receipt", e);
        }
    }
}
