package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.crmir.invoice.Invoice;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * The stored side of STK Pushes, each step in its own short transaction, so that no transaction stays open
 * while Daraja is called: the request is stored (CREATED) before the push, and marked PENDING or FAILED after.
 * Called by {@link MpesaCollection} only; the invoice's pay token is the payer's authority, hence
 * {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class MpesaRequests {

    static final String GATEWAY = "mpesa";

    /** A push for the same invoice, phone and amount this recent is the same push (a double submit). */
    static final Duration REUSE_WITHIN = Duration.ofMinutes(2);

    /** The stored request, the invoice number it pays, and whether it is an earlier one reused. */
    public record Opened(PaymentRequest request, String invoiceNumber, boolean reused) implements Serializable {
    }

    @Inject
    EntityManager em;

    /**
     * Stores the request for an STK Push to {@code phone} of the invoice's whole shillings due, or returns the
     * same push made less than two minutes ago. The invoice row is locked, so two submits at once serialize and
     * the second finds the first; the idempotency key (invoice, phone, amount, attempt) backs that up in the
     * database.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Opened open(String payToken, MpesaPhone phone) {
        Invoice invoice = invoiceByToken(em, payToken, true);
        Money amount = StkAmount.forDue(payableBalance(invoice));
        Instant now = Instant.now();
        PaymentRequest recent = em.createQuery("SELECT r FROM PaymentRequest r WHERE r.gateway = :gateway"
                        + " AND r.invoiceId = :invoice AND r.payerPhone = :phone AND r.amount = :amount"
                        + " AND r.status IN :waiting ORDER BY r.id DESC", PaymentRequest.class)
                .setParameter("gateway", GATEWAY).setParameter("invoice", invoice.getId())
                .setParameter("phone", phone.msisdn()).setParameter("amount", amount.amount())
                .setParameter("waiting", java.util.List.of(PaymentRequestStatus.CREATED, PaymentRequestStatus.PENDING))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (recent != null && recent.getCreatedAt().isAfter(now.minus(REUSE_WITHIN))) {
            return new Opened(recent, invoice.getNumber(), true);
        }
        long attempt = em.createQuery("SELECT COUNT(r) FROM PaymentRequest r WHERE r.gateway = :gateway"
                        + " AND r.invoiceId = :invoice", Long.class)
                .setParameter("gateway", GATEWAY).setParameter("invoice", invoice.getId()).getSingleResult() + 1;
        String key = "stk:" + invoice.getId() + ":" + phone.msisdn() + ":" + StkAmount.field(amount) + ":" + attempt;
        PaymentRequest request = new PaymentRequest(GATEWAY, invoice.getId(), amount, key, phone.msisdn(), now);
        em.persist(request);
        em.flush();
        return new Opened(request, invoice.getNumber(), false);
    }

    /** Daraja took the push: it is PENDING under its CheckoutRequestID until the callback comes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accepted(long requestId, String checkoutRequestId) {
        em.find(PaymentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE)
                .accepted(checkoutRequestId, null, Instant.now());
    }

    /** Daraja refused the push or could not be reached: the request is FAILED, with the reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long requestId, String why) {
        em.find(PaymentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE).failed(why, Instant.now());
    }

    /** The invoice behind a pay link; an unknown or malformed token is "not found", whatever it is. */
    static Invoice invoiceByToken(EntityManager em, String payToken, boolean lock) {
        if (payToken == null || payToken.length() < 20 || payToken.length() > 64) {
            throw new NotFoundException("Invoice", "link");
        }
        var query = em.createQuery("SELECT i FROM Invoice i WHERE i.payToken = :token", Invoice.class)
                .setParameter("token", payToken);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Invoice", "link"));
    }

    /** The balance of an open KES invoice; anything else is refused with the reason. */
    static Money payableBalance(Invoice invoice) {
        if (!StkAmount.KES.equals(invoice.getCurrency())) {
            throw new RuleViolationException("M-Pesa collects Kenya shillings only; invoice " + invoice.getNumber()
                    + " is in " + invoice.getCurrency() + ".");
        }
        if (!invoice.getStatus().isOpen() || !invoice.getBalance().isGreaterThan(Money.zero(StkAmount.KES))) {
            throw new RuleViolationException("Invoice " + invoice.getNumber() + " has nothing to pay: it is "
                    + invoice.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        return invoice.getBalance();
    }
}
