package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.PayLinks;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;

/**
 * The stored side of gateway payment requests, each step in a transaction of its own (the gateway is called
 * between them, outside any transaction). {@code @PermitAll}: reached only from {@link StripeCheckout}, whose
 * caller proved the pay token, and from the pay page's read.
 */
@Stateless
@PermitAll
public class PaymentRequests {

    public static final String STRIPE = "stripe";
    static final String PAYMENT_REQUEST = "PaymentRequest";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** What to send to Stripe for one click: a request to send (again), or the open session's page. */
    public record CardAttempt(long requestId, String idempotencyKey, Map<String, String> parameters,
            String redirectUrl) implements Serializable {
    }

    /**
     * Checks that the invoice expects money and finds or stores the request for its amount due. The invoice row is
     * locked, so two clicks at once serialize here: the second finds the first's request and reuses it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CardAttempt prepareCard(String payToken, String publicUrl) {
        Invoice invoice = PayLinks.PAGE.find(em, payToken, true);
        if (!invoice.getStatus().isOpen()) {
            throw new RuleViolationException("Invoice " + invoice.getNumber() + " is "
                    + invoice.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; there is nothing to pay.");
        }
        Money due = invoice.getBalance();
        if (!due.isGreaterThan(Money.zero(invoice.getCurrency()))) {
            throw new RuleViolationException("Invoice " + invoice.getNumber() + " has nothing left to pay.");
        }
        Instant now = Instant.now();
        PaymentRequest request = latest(invoice.getId(), STRIPE).filter(r -> r.isReusableFor(due, now)).orElse(null);
        if (request != null && request.getStatus() == PaymentRequestStatus.PENDING) {
            return new CardAttempt(request.getId(), request.getIdempotencyKey(), Map.of(), request.getRedirectUrl());
        }
        if (request == null) {
            request = new PaymentRequest(STRIPE, invoice.getId(), due, "crmir-card-" + UUID.randomUUID(), null, now);
            em.persist(request);
            em.flush();
            audit.record(payer(invoice), PAYMENT_REQUEST, request.getId(), AuditAction.CREATE, Map.of(),
                    request.auditSnapshot());
        }
        return new CardAttempt(request.getId(), request.getIdempotencyKey(),
                checkoutParameters(request, invoice, payToken, publicUrl), null);
    }

    /** Stripe took the request: its session id and hosted page. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accepted(long requestId, String sessionId, String url) {
        PaymentRequest request = em.find(PaymentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request.getStatus() != PaymentRequestStatus.CREATED) {
            return; // a concurrent click stored the same session first
        }
        Map<String, String> before = request.auditSnapshot();
        request.accepted(sessionId, url, Instant.now());
        em.flush();
        audit.record("gateway:" + STRIPE, PAYMENT_REQUEST, requestId, AuditAction.UPDATE, before,
                request.auditSnapshot());
    }

    /** Stripe refused the request, with its reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long requestId, String why) {
        PaymentRequest request = em.find(PaymentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request.getStatus() != PaymentRequestStatus.CREATED) {
            return;
        }
        Map<String, String> before = request.auditSnapshot();
        request.failed(why, Instant.now());
        em.flush();
        audit.record("gateway:" + STRIPE, PAYMENT_REQUEST, requestId, AuditAction.UPDATE, before,
                request.auditSnapshot());
    }

    /** The newest request of a gateway for an invoice. */
    public Optional<PaymentRequest> latest(long invoiceId, String gateway) {
        List<PaymentRequest> newest = em.createQuery("SELECT r FROM PaymentRequest r WHERE r.invoiceId = :invoice"
                        + " AND r.gateway = :gateway ORDER BY r.createdAt DESC, r.id DESC", PaymentRequest.class)
                .setParameter("invoice", invoiceId).setParameter("gateway", gateway).setMaxResults(1)
                .getResultList();
        return newest.stream().findFirst();
    }

    /**
     * A Checkout Session's parameters as Stripe expects them, all derived from the stored request, so a retry
     * under the same key sends the very same parameters (Stripe refuses a key reused with different ones).
     */
    private Map<String, String> checkoutParameters(PaymentRequest request, Invoice invoice, String payToken,
            String publicUrl) {
        String page = publicUrl + PayLinks.PAGE.path() + "?token=" + payToken;
        Money amount = request.getMoney();
        long minor = amount.amount().movePointRight(Money.digitsOf(amount.currency()))
                .setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        String company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID).getCompanyName();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "payment");
        form.put("line_items[0][price_data][currency]", amount.currency().toLowerCase(Locale.ROOT));
        form.put("line_items[0][price_data][unit_amount]", Long.toString(minor));
        form.put("line_items[0][price_data][product_data][name]", "Invoice " + invoice.getNumber()
                + (company == null ? "" : " from " + company));
        form.put("line_items[0][quantity]", "1");
        form.put("success_url", page + "&paid=1");
        form.put("cancel_url", page + "&cancelled=1");
        form.put("client_reference_id", "invoice-" + invoice.getId());
        form.put("metadata[invoice_id]", invoice.getId().toString());
        form.put("metadata[invoice_number]", invoice.getNumber());
        form.put("metadata[payment_request_id]", request.getId().toString());
        form.put("payment_intent_data[metadata][invoice_id]", invoice.getId().toString());
        form.put("payment_intent_data[metadata][payment_request_id]", request.getId().toString());
        return form;
    }

    private static String payer(Invoice invoice) {
        return "client:" + invoice.getNumber();
    }
}
