package org.crmir.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.document.RenderedPdf;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Payment receipts (number {@code RCPT-} and the payment's id). Recording a payment only asks for its receipt:
 * a PREPARING row and a message on {@code crm.receipts}, in the payment's transaction, so both exist if and only
 * if the payment commits. {@link ReceiptPreparer} then renders and stores the PDF and emails it once, after the
 * commit and outside the payment's locks; until then the receipt reads "being prepared".
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ReceiptPdfService {

    static final String KIND = "receipt";
    static final String PAYMENT_PROPERTY = "paymentId";

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.receipts")
    Queue queue;

    @Inject
    ReceiptContents contents;

    @Inject
    Event<PaymentRecorded> changed;

    /**
     * Where a payment's receipt stands, for its pages and the API. {@code reference}: the correlation id of a failed
     * receipt's last attempt, for everyone to quote; {@code failure}: the technical reason, given only to finance
     * and administrators (null for others).
     */
    public record ReceiptState(long paymentId, String number, ReceiptStatus status, String reference,
            String failure) implements Serializable {

        /** What every reader sees: "Receipt being prepared", the number once ready, or that it could not be. */
        public String words() {
            return switch (status) {
                case PREPARING -> "Receipt being prepared";
                case READY -> "Receipt " + number;
                case FAILED -> "Receipt " + number + " could not be prepared"
                        + (reference == null ? "" : " (reference " + reference + ")");
            };
        }

        /** The words, and why when the reader may know it. */
        public String detail() {
            return failure == null ? words() : words() + ": " + failure;
        }
    }

    // ReceiptLog.parked ends a failure with "…, reference <correlation id>)".
    private static final Pattern REFERENCE = Pattern.compile("reference ([^\\s,)]+)\\)\\s*$");

    @Resource
    SessionContext context;

    /** Asks for the receipt of a payment just recorded, in the caller's transaction. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void request(long paymentId) {
        em.persist(PaymentReceipt.requested(paymentId, clock.now(), clock.isReplaying()));
        enqueue(paymentId);
    }

    /**
     * A FAILED receipt is prepared again (it becomes PREPARING and is queued, in one transaction; the pages showing
     * it are pushed once it commits). One ready or already being prepared is refused, saying so.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public ReceiptState retry(long paymentId) {
        PaymentReceipt receipt = em.find(PaymentReceipt.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (receipt == null) {
            throw new NotFoundException("Receipt", paymentId);
        }
        if (receipt.getStatus() != ReceiptStatus.FAILED) {
            throw new RuleViolationException("Receipt " + receipt.getNumber() + " is "
                    + (receipt.isPrepared() ? "ready already" : "already being prepared")
                    + "; only a receipt that could not be prepared is prepared again.");
        }
        receipt.retry();
        enqueue(paymentId);
        // Other open pages showing it as failed say "being prepared" once this commits.
        changed.fire(new PaymentRecorded(paymentId, em.find(Payment.class, paymentId).getClientId()));
        return stateOf(receipt);
    }

    /** The receipt's state; a payment recorded before receipts were stored has a ready one, made on demand. */
    public ReceiptState state(long paymentId) {
        return receiptOf(paymentId).orElseThrow(() -> new NotFoundException("Payment", paymentId));
    }

    /**
     * The receipt's state, or empty when there is no receipt: a refund, or no such payment. Pages listing a
     * client's payments and refunds ask this, so a refund's row shows no receipt instead of failing the page.
     */
    public Optional<ReceiptState> receiptOf(long paymentId) {
        return Optional.ofNullable(receiptsOf(Set.of(paymentId)).get(paymentId));
    }

    /**
     * {@link #receiptOf} for a page of payments in one read (not one transaction and two reads per row), without
     * their PDFs: each payment's receipt state by its id; a refund or an unknown id has no entry.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Map<Long, ReceiptState> receiptsOf(Collection<Long> paymentIds) {
        Map<Long, ReceiptState> states = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return states;
        }
        List<Object[]> rows = em.createQuery("SELECT p.id, r.status, r.failure FROM Payment p"
                + " LEFT JOIN PaymentReceipt r ON r.paymentId = p.id WHERE p.id IN :ids AND p.kind = :kind",
                Object[].class).setParameter("ids", paymentIds).setParameter("kind", PaymentKind.PAYMENT)
                .getResultList();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            // A payment recorded before receipts were stored has a ready one, made on demand.
            states.put(id, row[1] == null ? stateOf(id, ReceiptStatus.READY, null)
                    : stateOf(id, (ReceiptStatus) row[1], (String) row[2]));
        }
        return states;
    }

    /**
     * The receipt's PDF as it was prepared, or refused with its state while it is being prepared or failed. A
     * payment recorded before receipts were stored gets its receipt as it stands now.
     */
    public RenderedPdf receiptPdf(long paymentId) {
        contents.payment(paymentId);
        PaymentReceipt receipt = em.find(PaymentReceipt.class, paymentId);
        if (receipt == null) {
            return contents.pdf(paymentId);
        }
        if (!receipt.isPrepared()) {
            throw new ReceiptNotReadyException(stateOf(receipt));
        }
        return new RenderedPdf(receipt.getNumber() + ".pdf", receipt.getPdf());
    }

    /**
     * Receipts left PREPARING with no message on the queue are queued again; returns how many. A message can be
     * lost when the server dies between the payment's commit in the database and the queue's (the database
     * commits last, and the queue's prepared half is then rolled back by recovery). The queue is browsed first,
     * so a receipt waiting its turn is not queued twice; one being prepared at this moment may be, which
     * {@link ReceiptPreparation} makes harmless (it locks the receipt and leaves a prepared one alone).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public int requeueLost() {
        Set<Long> waiting = new HashSet<>();
        try (QueueBrowser browser = jms.createBrowser(queue, "kind = '" + KIND + "'")) {
            for (Enumeration<?> queued = browser.getEnumeration(); queued.hasMoreElements();) {
                waiting.add(((Message) queued.nextElement()).getLongProperty(PAYMENT_PROPERTY));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The receipt queue could not be browsed", e);
        }
        int queuedAgain = 0;
        for (Long paymentId : em.createQuery("SELECT r.paymentId FROM PaymentReceipt r WHERE r.status = :status"
                + " ORDER BY r.paymentId", Long.class).setParameter("status", ReceiptStatus.PREPARING).getResultList()) {
            if (!waiting.contains(paymentId)) {
                enqueue(paymentId);
                queuedAgain++;
            }
        }
        return queuedAgain;
    }

    private void enqueue(long paymentId) {
        jms.createProducer().setProperty("kind", KIND).setProperty(PAYMENT_PROPERTY, paymentId)
                .send(queue, PaymentReceipt.numberOf(paymentId));
    }

    private ReceiptState stateOf(PaymentReceipt receipt) {
        return stateOf(receipt.getPaymentId(), receipt.getStatus(), receipt.getFailure());
    }

    private ReceiptState stateOf(long paymentId, ReceiptStatus status, String failure) {
        Matcher reference = failure == null ? null : REFERENCE.matcher(failure);
        boolean mayKnowWhy = failure != null
                && (context.isCallerInRole(Role.Names.FINANCE) || context.isCallerInRole(Role.Names.ADMIN));
        return new ReceiptState(paymentId, PaymentReceipt.numberOf(paymentId), status,
                reference != null && reference.find() ? reference.group(1) : null, mayKnowWhy ? failure : null);
    }
}
