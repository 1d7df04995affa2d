package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.shared.Money;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Processes gateway events from {@code crm.payments} exactly once: the event row is locked, and the payment and
 * the event's PROCESSED mark commit in one transaction together with the message's acknowledgement; a second
 * delivery finds the event processed and does nothing. A failure is thrown, so the broker redelivers; events that
 * cannot ever become payments (unknown invoice, another currency) are REJECTED with the reason, visibly.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.payments"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'gateway-event'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("gateway")
@PermitAll // the broker delivers as nobody; with @RunAs present, an unannotated onMessage would be denied
public class PaymentEventProcessor implements MessageListener {

    @PersistenceContext
    EntityManager em;

    @EJB
    PaymentService payments;

    @EJB
    MpesaEventHandler mpesa;

    @EJB
    GatewayEventLog log;

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
            if ("stripe".equals(event.getGateway())) {
                processStripe(event);
            } else if (MpesaEventHandler.GATEWAY.equals(event.getGateway())) {
                mpesa.process(event);
            } else {
                event.rejected("Unknown gateway " + event.getGateway(), Instant.now());
            }
        } catch (RuntimeException failure) {
            // Written down in a transaction of its own, then thrown: this one rolls back and the broker redelivers.
            log.attemptFailed(eventId, deliveryCount(message), GatewayEventLog.reasonOf(failure));
            throw failure;
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return 0;
        }
    }

    private void processStripe(GatewayEvent event) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(event.getPayload()))) {
            object = reader.readObject().getJsonObject("data").getJsonObject("object");
        } catch (RuntimeException unreadable) {
            event.rejected("The event body is not a Stripe event: " + unreadable.getMessage(), Instant.now());
            return;
        }
        switch (event.getEventType()) {
            case "payment_intent.succeeded" -> recordSucceeded(event, object);
            case "payment_intent.payment_failed" -> event.processed(null, "Payment failed at the gateway: "
                    + object.getJsonObject("last_payment_error") , Instant.now());
            default -> event.processed(null, "Ignored: CRMir does not act on " + event.getEventType(), Instant.now());
        }
    }

    private void recordSucceeded(GatewayEvent event, JsonObject intent) {
        JsonObject metadata = intent.getJsonObject("metadata");
        String invoiceRef = metadata == null ? null : metadata.getString("invoice_id", null);
        Invoice invoice = null;
        try {
            invoice = invoiceRef == null ? null : em.find(Invoice.class, Long.parseLong(invoiceRef));
        } catch (NumberFormatException e) {
            invoice = null;
        }
        if (invoice == null) {
            event.rejected("No invoice " + invoiceRef + " in CRMir; the money is at the gateway, unallocated",
                    Instant.now());
            return;
        }
        String currency = intent.getString("currency", "").toUpperCase(Locale.ROOT);
        Money amount;
        try {
            // Stripe amounts are in the currency's minor unit: 12345 EUR cents are 123.45 EUR.
            long minor = intent.getJsonNumber(intent.containsKey("amount_received") ? "amount_received" : "amount")
                    .longValueExact();
            amount = Money.of(BigDecimal.valueOf(minor, Money.digitsOf(currency)), currency);
        } catch (RuntimeException unreadable) {
            event.rejected("The amount or currency is not readable: " + unreadable.getMessage(), Instant.now());
            return;
        }
        // Checked here, not left to the service: its refusals would roll this transaction back and the broker
        // would redeliver an event that can never succeed.
        String refusal = !amount.isGreaterThan(Money.zero(currency)) ? "the amount is not positive"
                : !invoice.getCurrency().equals(currency) ? "invoice " + invoice.getNumber() + " is in "
                        + invoice.getCurrency() + ", the payment in " + currency
                : !invoice.getStatus().isOpen() ? "invoice " + invoice.getNumber() + " is "
                        + invoice.getStatus().name().toLowerCase(Locale.ROOT) : null;
        if (refusal != null) {
            event.rejected("Not recorded: " + refusal, Instant.now());
            return;
        }
        Payment payment = payments.recordForInvoice(invoice.getId(), amount, PaymentMethod.CARD,
                "stripe " + intent.getString("id", event.getEventId()), LocalDate.now(ZoneOffset.UTC));
        event.processed(payment.getId(), "Payment " + amount + " recorded on invoice " + invoice.getNumber(),
                Instant.now());
    }
}
