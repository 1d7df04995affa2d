package org.crmir.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Prepares receipts from {@code crm.receipts} exactly once ({@link ReceiptPreparation}). A failed attempt is
 * logged once, with a correlation id, written down in a transaction of its own ({@link ReceiptLog}) and rolled
 * back, so the broker redelivers; after the last attempt the message reaches {@code crm.DLQ} and
 * {@link ReceiptDeadLetters} marks the receipt FAILED. The payment was committed before and stays either way.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.receipts"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'receipt'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("receipts")
@PermitAll // the broker delivers as nobody; with @RunAs present, an unannotated onMessage would be denied
public class ReceiptPreparer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReceiptPreparer.class.getName());

    @Resource
    MessageDrivenContext context;

    @Inject
    ReceiptPreparation preparation;

    @EJB
    ReceiptLog log;

    @Override
    public void onMessage(Message message) {
        long paymentId;
        try {
            paymentId = message.getLongProperty(ReceiptPdfService.PAYMENT_PROPERTY);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message on crm.receipts", e);
        }
        try {
            preparation.prepare(paymentId);
        } catch (RuntimeException failure) {
            // Logged here once (not thrown, which would log it again), counted apart, and rolled back: redelivered.
            String correlationId = UUID.randomUUID().toString().substring(0, 8);
            int attempt = PaymentEventProcessor.deliveryCount(message);
            LOG.log(Level.WARNING, "Receipt " + PaymentReceipt.numberOf(paymentId) + ", attempt " + attempt
                    + " failed [" + correlationId + "]", failure);
            log.attemptFailed(paymentId, GatewayEventLog.reasonOf(failure), correlationId);
            context.setRollbackOnly();
        }
    }
}
