package org.crmir.payment;

import org.crmir.shared.BusinessEventType;
import org.crmir.shared.BusinessEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/**
 * Payments: finance and administrators record them, allocate them to open invoices (oldest due first, or split
 * by hand), refund and void them. Invoices and payments are locked in a fixed order (payment, then invoices by
 * id; {@link PaymentAllocations} moves the money) so that concurrent allocations serialize instead of
 * deadlocking or over-allocating.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class PaymentService {

    static final String PAYMENT = "Payment";

    @Inject
    EntityManager em;

    @Inject
    Event<BusinessEvent> happened;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @Inject
    Figures figures;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Event<PaymentRecorded> recorded;

    @EJB
    PaymentAllocations allocations;

    @EJB
    ReceiptPdfService receipts;

    /**
     * Records money received, and with {@code allocateAutomatically} spreads it over the client's open invoices;
     * the client's receipt is asked for in the same transaction and prepared after it commits.
     */
    public Payment record(long clientId, Money amount, PaymentMethod method, String reference, LocalDate receivedOn,
            boolean allocateAutomatically) {
        Payment payment = receive(clientId, amount, method, reference, receivedOn, allocateAutomatically);
        receipts.request(payment.getId());
        return payment;
    }

    private Payment receive(long clientId, Money amount, PaymentMethod method, String reference, LocalDate receivedOn,
            boolean allocateAutomatically) {
        // The client row first, locked: payments of one client queue here, and every path takes its locks in
        // the order client → payment → invoices. Without it, two payments of one client each held the foreign
        // key's shared lock on the client and their invoice locks could cross: a deadlock under load.
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        LocalDate today = today();
        Payment payment = Payment.received(clientId, amount, method, reference,
                receivedOn == null ? today : receivedOn, today, Caller.nameOf(context), clock.now());
        em.persist(payment);
        em.flush();
        figures.added(FigureSource.PAYMENT, payment.getId());
        audit.record(Caller.nameOf(context), PAYMENT, payment.getId(), AuditAction.CREATE, Map.of(),
                payment.auditSnapshot());
        happened.fire(new BusinessEvent(BusinessEventType.PAYMENT_RECORDED, payment.getId(), facts(payment)));
        if (allocateAutomatically) {
            allocations.allocateOldestFirst(payment);
        }
        recorded.fire(new PaymentRecorded(payment.getId(), clientId));
        return payment;
    }

    /** As {@link #record}, once per {@code idempotencyKey}. */
    public Payment record(long clientId, Money amount, PaymentMethod method, String reference, LocalDate receivedOn,
            boolean allocateAutomatically, String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "payment.record", idempotencyKey,
                () -> record(clientId, amount, method, reference, receivedOn, allocateAutomatically).getId());
        return find(id);
    }

    /** Records a payment for one invoice: it settles that invoice as far as it goes; the rest is client credit. */
    public Payment recordForInvoice(long invoiceId, Money amount, PaymentMethod method, String reference,
            LocalDate receivedOn) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new NotFoundException("Invoice", invoiceId);
        }
        invoice.checkPayable(amount);
        Payment payment = receive(invoice.getClientId(), amount, method, reference, receivedOn, false);
        Invoice locked = allocations.lockInvoice(invoiceId, payment);
        allocations.apply(payment, locked, locked.getBalance().isGreaterThan(amount) ? amount : locked.getBalance());
        receipts.request(payment.getId());
        return payment;
    }

    /** As {@link #recordForInvoice}, once per {@code idempotencyKey}. */
    public Payment recordForInvoice(long invoiceId, Money amount, PaymentMethod method, String reference,
            LocalDate receivedOn, String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "payment.record", idempotencyKey,
                () -> recordForInvoice(invoiceId, amount, method, reference, receivedOn).getId());
        return find(id);
    }

    /** Splits a payment's unallocated money by hand: invoice id → amount, each at most that invoice's balance. */
    public Payment allocate(long paymentId, Map<Long, Money> split) {
        Payment payment = allocations.lockPayment(paymentId);
        Money sum = Money.zero(payment.getCurrency());
        for (Money part : split.values()) {
            sum = sum.plus(allocations.sameCurrency(payment, part));
        }
        if (sum.isGreaterThan(payment.getUnallocated())) {
            throw new InvalidInputException("amount", "the split adds up to " + sum + ", more than the "
                    + payment.getUnallocated() + " left on the payment");
        }
        for (Long invoiceId : new java.util.TreeSet<>(split.keySet())) {
            allocations.apply(payment, allocations.lockInvoice(invoiceId, payment), split.get(invoiceId));
        }
        recorded.fire(new PaymentRecorded(payment.getId(), payment.getClientId()));
        return payment;
    }

    /** Spreads what is left on a payment over the client's open invoices, oldest due first. */
    public Payment allocateAutomatically(long paymentId) {
        Payment payment = allocations.lockPayment(paymentId);
        allocations.allocateOldestFirst(payment);
        recorded.fire(new PaymentRecorded(payment.getId(), payment.getClientId()));
        return payment;
    }

    /** Uses the client's credit (unallocated payments, oldest first) to settle one invoice as far as it goes. */
    public Invoice applyCredit(long invoiceId) {
        Invoice target = em.find(Invoice.class, invoiceId);
        if (target == null) {
            throw new NotFoundException("Invoice", invoiceId);
        }
        // Only payments with credit left (V80's index): the 200 oldest of all would miss a long-standing client's
        // credit behind 200 paid-out payments, and lock those for nothing.
        List<Payment> credit = em.createQuery("SELECT p FROM Payment p WHERE p.clientId = :client"
                        + " AND p.currency = :currency AND p.kind = :kind AND p.status = :recorded"
                        + " AND p.openCredit > 0 ORDER BY p.id", Payment.class)
                .setParameter("client", target.getClientId()).setParameter("currency", target.getCurrency())
                .setParameter("kind", PaymentKind.PAYMENT).setParameter("recorded", PaymentStatus.RECORDED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(200).getResultList();
        Invoice invoice = allocations.lockInvoice(invoiceId, null);
        for (Payment payment : credit) {
            Money available = payment.getUnallocated();
            if (available.isZero() || invoice.getBalance().isZero() || !invoice.getStatus().isOpen()) {
                continue;
            }
            allocations.apply(payment, invoice,
                    invoice.getBalance().isGreaterThan(available) ? available : invoice.getBalance());
            recorded.fire(new PaymentRecorded(payment.getId(), payment.getClientId()));
        }
        return invoice;
    }

    /**
     * Refunds part of a payment to the client. Only unallocated money can go back; release allocations first
     * (void the payment) to refund what already settled invoices.
     */
    public Payment refund(long paymentId, Money amount, String reason) {
        Payment payment = allocations.lockPayment(paymentId);
        allocations.sameCurrency(payment, amount);
        Map<String, String> before = payment.auditSnapshot();
        FigureChange figuresMoving = figures.changing(FigureSource.PAYMENT, paymentId);
        Payment refund = payment.refund(amount, reason, today(), Caller.nameOf(context), clock.now());
        em.persist(refund);
        figuresMoving.apply();
        figures.added(FigureSource.PAYMENT, refund.getId());
        audit.record(Caller.nameOf(context), PAYMENT, paymentId, AuditAction.UPDATE, before, payment.auditSnapshot());
        audit.record(Caller.nameOf(context), PAYMENT, refund.getId(), AuditAction.CREATE, Map.of(),
                refund.auditSnapshot());
        happened.fire(new BusinessEvent(BusinessEventType.PAYMENT_REFUNDED, refund.getId(), facts(refund)));
        recorded.fire(new PaymentRecorded(payment.getId(), payment.getClientId()));
        return refund;
    }

    /**
     * Records a refund made at a card gateway, which reports the total refunded so far ({@code refundedAtGateway}):
     * only what is not yet recorded becomes a refund, so repeated and partial refund events are safe. The money
     * went back already, so when the payment's credit does not cover it, allocations are released (newest first)
     * and those invoices reopen (PAID → PARTIALLY_PAID or ISSUED). Empty when there was nothing new to record.
     */
    public java.util.Optional<Payment> refundAtGateway(long paymentId, Money refundedAtGateway, String reason) {
        Payment payment = allocations.lockPayment(paymentId);
        Money refund = payment.refundStillToRecord(refundedAtGateway);
        if (refund.isZero()) {
            return java.util.Optional.empty();
        }
        Map<String, String> before = payment.auditSnapshot();
        Money release = payment.toReleaseBeforeRefunding(refund);
        if (!release.isZero()) {
            allocations.releaseNewestFirst(payment, release, today());
        }
        FigureChange figuresMoving = figures.changing(FigureSource.PAYMENT, paymentId);
        Payment back = payment.refund(refund, reason, today(), Caller.nameOf(context), clock.now());
        em.persist(back);
        figuresMoving.apply();
        figures.added(FigureSource.PAYMENT, back.getId());
        audit.record(Caller.nameOf(context), PAYMENT, paymentId, AuditAction.UPDATE, before, payment.auditSnapshot());
        audit.record(Caller.nameOf(context), PAYMENT, back.getId(), AuditAction.CREATE, Map.of(),
                back.auditSnapshot());
        happened.fire(new BusinessEvent(BusinessEventType.PAYMENT_REFUNDED, back.getId(), facts(back)));
        recorded.fire(new PaymentRecorded(payment.getId(), payment.getClientId()));
        return java.util.Optional.of(back);
    }

    /** A payment entered by mistake: its allocations are reversed (the invoices reopen) and it stops counting. */
    public Payment voidPayment(long paymentId) {
        Payment payment = allocations.lockPayment(paymentId);
        Map<String, String> before = payment.auditSnapshot();
        allocations.reverseAll(payment, today());
        FigureChange figuresMoving = figures.changing(FigureSource.PAYMENT, paymentId);
        payment.voidPayment();
        figuresMoving.apply();
        audit.record(Caller.nameOf(context), PAYMENT, paymentId, AuditAction.UPDATE, before, payment.auditSnapshot());
        recorded.fire(new PaymentRecorded(payment.getId(), payment.getClientId()));
        return payment;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES, Role.Names.SUPPORT, Role.Names.VIEWER})
    public Payment find(long id) {
        Payment payment = em.find(Payment.class, id);
        if (payment == null) {
            throw new NotFoundException(PAYMENT, id);
        }
        return payment;
    }

    /** A client's payments and refunds, newest first, paged. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES, Role.Names.SUPPORT, Role.Names.VIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Page<Payment> ofClient(long clientId, PageRequest page) {
        List<Payment> items = em.createQuery("SELECT p FROM Payment p WHERE p.clientId = :client ORDER BY p.id DESC",
                Payment.class).setParameter("client", clientId).setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.clientId = :client", Long.class)
                .setParameter("client", clientId).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The client's credit per currency: what its recorded payments have neither allocated nor refunded. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES, Role.Names.SUPPORT, Role.Names.VIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Map<String, Money> creditOf(long clientId) {
        return ClientCredit.of(em, clientId);
    }

    /** The allocations of a payment or to an invoice, for their pages. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES, Role.Names.SUPPORT, Role.Names.VIEWER})
    public List<Allocation> allocationsToInvoice(long invoiceId) {
        return em.createQuery("SELECT a FROM Allocation a WHERE a.invoiceId = :id ORDER BY a.id", Allocation.class)
                .setParameter("id", invoiceId).setMaxResults(500).getResultList();
    }

    private LocalDate today() {
        return clock.today();
    }

    /** What a receiver of a payment's event needs most; a refund names the payment it gives back. */
    private static Map<String, Object> facts(Payment payment) {
        Map<String, Object> facts = new java.util.HashMap<>();
        facts.put("clientId", payment.getClientId());
        facts.put("amount", payment.getAmount().amount());
        facts.put("currency", payment.getCurrency());
        facts.put("method", payment.getMethod());
        facts.put("reference", payment.getReference());
        facts.put("receivedOn", payment.getReceivedOn());
        facts.put("refundOf", payment.getRefundOf());
        return facts;
    }
}
