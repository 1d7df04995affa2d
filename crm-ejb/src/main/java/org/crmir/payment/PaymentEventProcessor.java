package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Processes gateway events from {@code crm.payments} exactly once: the event row is locked, and the payment and
 * the event's PROCESSED mark commit in one transaction together with the message's acknowledgement; a second
 * delivery finds the event processed and does nothing. A failure is written down in a transaction of its own
 * and thrown, so the broker redelivers (and after the last attempt parks it in crm.DLQ, see
 * {@link PaymentDeadLetters}); events that cannot ever become payments (unknown invoice, another currency) are
 * REJECTED with the reason, visibly. Each gateway's events are handled by its own class
 * ({@link StripeEventHandler}, {@link MpesaEventHandler}); this only dispatches.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.payments"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'gateway-event'"),
        // How many events are processed at once: server-config (30-messaging.cli) sets it and says why.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${crmir.payments.sessions:4}")})
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("gateway")
@PermitAll // the broker delivers as nobody; with @RunAs present, an unannotated onMessage would be denied
public class PaymentEventProcessor implements MessageListener {

    @Inject
    EntityManager em;

    @EJB
    StripeEventHandler stripe;

    @EJB
    MpesaEventHandler mpesa;

    @EJB
    GatewayEventLog log;

    @Inject
    Figures figures;

    @Override
    public void onMessage(Message message) {
        long eventId;
        try {
            eventId = message.getLongProperty(GatewayIntake.EVENT_PROPERTY);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message on crm.payments", e);
        }
        try {
            GatewayEvent event = em.find(GatewayEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
            if (event == null || !event.isPending()) {
                return; // processed before: this is a redelivery, and it changes nothing
            }
            GatewayEventStatus received = event.getStatus();
            switch (event.getGateway()) {
                case "stripe" -> stripe.handle(event);
                case MpesaEventHandler.GATEWAY -> mpesa.process(event);
                default -> event.rejected("Unknown gateway " + event.getGateway(), Instant.now());
            }
            // The outcome is known only now; a received event counted in no figure, so there was none to read.
            figures.changedStatus(FigureSource.GATEWAY_EVENT, eventId, received, event.getStatus());
        } catch (RuntimeException failure) {
            // Written down in a transaction of its own, then thrown: this one rolls back and the broker redelivers.
            log.attemptFailed(eventId, deliveryCount(message), GatewayEventLog.reasonOf(failure));
            throw failure;
        }
    }

    /** How many times the broker has delivered the message, this time included (0 when it does not say). */
    static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return 0;
        }
    }
}
