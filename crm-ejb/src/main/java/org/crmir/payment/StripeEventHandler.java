package org.crmir.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.PaymentRefusal;
import org.crmir.shared.Caller;
import org.crmir.shared.Money;

/**
 * What CRMir does with each Stripe event, inside the processor's transaction (so the event's outcome, the money
 * and the request's status commit together, once).
 * <ul>
 * <li>{@code payment_intent.succeeded} is the one event that records money: one card payment per payment intent,
 * allocated to the invoice in its metadata; the payment request is marked SUCCEEDED.</li>
 * <li>{@code checkout.session.completed} only marks the request SUCCEEDED (when Stripe says the session is paid):
 * the same money arrives as {@code payment_intent.succeeded}, and recording it twice would double it.</li>
 * <li>{@code payment_intent.payment_failed} marks the request FAILED with Stripe's reason, shown on the pay
 * page; nothing else changes.</li>
 * <li>{@code charge.refunded} records as a refund what of the charge's {@code amount_refunded} (a running total)
 * is not yet recorded, taking money back from the invoice when the payment's credit does not cover it.</li>
 * </ul>
 * Events that can never be processed are REJECTED with the reason; they are not retried.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class StripeEventHandler {

    static final String REFERENCE_PREFIX = "stripe ";

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @EJB
    PaymentService payments;

    /** Processes one stored Stripe event; marks it PROCESSED or REJECTED. */
    public void handle(GatewayEvent event) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(event.getPayload()))) {
            object = reader.readObject().getJsonObject("data").getJsonObject("object");
        } catch (RuntimeException unreadable) {
            event.rejected("The event body is not a Stripe event: " + unreadable.getMessage(), Instant.now());
            return;
        }
        if (object == null) {
            event.rejected("The event has no data.object", Instant.now());
            return;
        }
        switch (event.getEventType()) {
            case "payment_intent.succeeded" -> paymentSucceeded(event, object);
            case "checkout.session.completed" -> sessionCompleted(event, object);
            case "payment_intent.payment_failed" -> paymentFailed(event, object);
            case "charge.refunded" -> chargeRefunded(event, object);
            default -> event.processed(null, "Ignored: CRMir does not act on " + event.getEventType(), Instant.now());
        }
    }

    private void paymentSucceeded(GatewayEvent event, JsonObject intent) {
        String intentId = intent.getString("id", event.getEventId());
        Optional<PaymentRequest> request = requestOf(intent);
        request.ifPresent(r -> succeeded(r));
        Optional<Payment> earlier = paymentFor(intentId);
        if (earlier.isPresent()) {
            event.processed(earlier.get().getId(), "Already recorded as payment " + earlier.get().getId(),
                    Instant.now());
            return;
        }
        String invoiceRef = metadata(intent, "invoice_id");
        Invoice invoice = invoice(invoiceRef);
        if (invoice == null) {
            event.rejected("No invoice " + invoiceRef + " in CRMir; the money is at the gateway, unallocated",
                    Instant.now());
            return;
        }
        Money amount;
        try {
            amount = money(intent, intent.containsKey("amount_received") ? "amount_received" : "amount");
        } catch (RuntimeException unreadable) {
            event.rejected("The amount or currency is not readable: " + unreadable.getMessage(), Instant.now());
            return;
        }
        // Asked here, not left to the service: its refusals would roll this transaction back and the broker
        // would redeliver an event that can never succeed.
        Optional<PaymentRefusal> refusal = invoice.refusalOfPayment(amount);
        if (refusal.isPresent()) {
            event.rejected("Not recorded: " + refusal.get().sentence(), Instant.now());
            return;
        }
        Payment payment = payments.recordForInvoice(invoice.getId(), amount, PaymentMethod.CARD,
                REFERENCE_PREFIX + intentId, LocalDate.now(ZoneOffset.UTC));
        event.processed(payment.getId(), "Payment " + amount + " recorded on invoice " + invoice.getNumber(),
                Instant.now());
    }

    private void sessionCompleted(GatewayEvent event, JsonObject session) {
        String sessionId = session.getString("id", "?");
        PaymentRequest request = em.createQuery("SELECT r FROM PaymentRequest r WHERE r.gateway = :gateway"
                        + " AND r.externalId = :id", PaymentRequest.class)
                .setParameter("gateway", PaymentRequests.STRIPE).setParameter("id", sessionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (request == null) {
            event.processed(null, "No CRMir payment request for session " + sessionId + "; nothing to do",
                    Instant.now());
            return;
        }
        String paymentStatus = session.getString("payment_status", "");
        if ("paid".equals(paymentStatus)) {
            succeeded(request);
        }
        event.processed(null, "Checkout session " + sessionId + " completed (" + paymentStatus + ") for payment"
                + " request " + request.getId() + "; the money is recorded from payment_intent.succeeded",
                Instant.now());
    }

    private void paymentFailed(GatewayEvent event, JsonObject intent) {
        JsonObject error = intent.get("last_payment_error") instanceof JsonObject e ? e : null;
        String reason = error == null ? "no reason given" : error.getString("message",
                error.getString("code", "no reason given"));
        Optional<PaymentRequest> request = requestOf(intent);
        String invoice = metadata(intent, "invoice_id");
        if (request.isPresent() && !request.get().isSucceeded()) {
            PaymentRequest failed = request.get();
            Map<String, String> before = failed.auditSnapshot();
            failed.failed(reason, Instant.now());
            audit.record(Caller.nameOf(context), PaymentRequests.PAYMENT_REQUEST, failed.getId(), AuditAction.UPDATE,
                    before, failed.auditSnapshot());
        }
        event.processed(null, "Card payment failed" + (invoice == null ? "" : " for invoice id " + invoice) + ": "
                + reason + (request.isPresent() ? "; request " + request.get().getId() + " "
                + request.get().getStatus() : ""), Instant.now());
    }

    private void chargeRefunded(GatewayEvent event, JsonObject charge) {
        String intentId = charge.get("payment_intent") instanceof jakarta.json.JsonString s ? s.getString() : null;
        Payment original = intentId == null ? null : paymentFor(intentId).orElse(null);
        if (original == null) {
            event.rejected("No card payment recorded for " + (intentId == null ? "this charge" : intentId)
                    + "; the refund is not recorded", Instant.now());
            return;
        }
        if (original.getStatus() != PaymentStatus.RECORDED) {
            event.rejected("Payment " + original.getId() + " for " + intentId + " is voided; the refund is not"
                    + " recorded", Instant.now());
            return;
        }
        Money refundedAtGateway;
        try {
            refundedAtGateway = money(charge, "amount_refunded");
        } catch (RuntimeException unreadable) {
            event.rejected("The refunded amount is not readable: " + unreadable.getMessage(), Instant.now());
            return;
        }
        if (!refundedAtGateway.currency().equals(original.getCurrency())
                || refundedAtGateway.isGreaterThan(original.getAmount())) {
            event.rejected("Not recorded: " + refundedAtGateway + " refunded does not fit payment "
                    + original.getId() + " of " + original.getAmount(), Instant.now());
            return;
        }
        Optional<Payment> refund = payments.refundAtGateway(original.getId(), refundedAtGateway,
                "Refunded at Stripe (" + charge.getString("id", "charge") + ")");
        if (refund.isEmpty()) {
            event.processed(null, "Nothing new: " + refundedAtGateway + " refunded on payment " + original.getId()
                    + " was recorded before", Instant.now());
        } else {
            event.processed(refund.get().getId(), "Refund " + refund.get().getAmount().negate() + " of payment "
                    + original.getId() + " recorded", Instant.now());
        }
    }

    private void succeeded(PaymentRequest request) {
        if (request.isSucceeded()) {
            return;
        }
        Map<String, String> before = request.auditSnapshot();
        request.succeeded(Instant.now());
        audit.record(Caller.nameOf(context), PaymentRequests.PAYMENT_REQUEST, request.getId(), AuditAction.UPDATE,
                before, request.auditSnapshot());
    }

    /** The request named in a payment intent's metadata (set by the Checkout Session CRMir created). */
    private Optional<PaymentRequest> requestOf(JsonObject intent) {
        String id = metadata(intent, "payment_request_id");
        try {
            PaymentRequest request = id == null ? null : em.find(PaymentRequest.class, Long.parseLong(id),
                    LockModeType.PESSIMISTIC_WRITE);
            return Optional.ofNullable(request).filter(r -> PaymentRequests.STRIPE.equals(r.getGateway()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The card payment recorded for a payment intent, by its reference "stripe pi_...". */
    private Optional<Payment> paymentFor(String intentId) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.reference = :reference AND p.kind = :kind"
                        + " ORDER BY p.id", Payment.class)
                .setParameter("reference", REFERENCE_PREFIX + intentId).setParameter("kind", PaymentKind.PAYMENT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Invoice invoice(String id) {
        try {
            return id == null ? null : em.find(Invoice.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String metadata(JsonObject object, String key) {
        JsonValue metadata = object.get("metadata");
        return metadata instanceof JsonObject m ? m.getString(key, null) : null;
    }

    /** Stripe amounts are in the currency's minor unit: 12345 EUR cents are 123.45 EUR. */
    private static Money money(JsonObject object, String field) {
        String currency = object.getString("currency").toUpperCase(Locale.ROOT);
        long minor = object.getJsonNumber(field).longValueExact();
        return Money.of(BigDecimal.valueOf(minor, Money.digitsOf(currency)), currency);
    }
}
