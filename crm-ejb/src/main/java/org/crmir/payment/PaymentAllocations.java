package org.crmir.payment;

import org.crmir.shared.BusinessEventType;
import org.crmir.shared.BusinessEvent;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.notification.NotificationService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;

/**
 * Moves money between payments and invoices for {@link PaymentService}, inside its transaction: locks in the
 * fixed order (payment, then invoices by id), puts a part of a payment on an invoice, takes it back, and audits
 * each invoice it changes. The invoice's own rule decides what it may take.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PaymentAllocations {

    private static final String INVOICE = "Invoice";

    @Inject
    EntityManager em;

    @Inject
    Event<BusinessEvent> happened;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @EJB
    NotificationService notifications;

    @Inject
    Figures figures;

    /** The payment, locked for the rest of the transaction. */
    public Payment lockPayment(long id) {
        Payment payment = em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new NotFoundException(PaymentService.PAYMENT, id);
        }
        return payment;
    }

    /** The invoice, locked; with a {@code payment}, it must be in the payment's currency. */
    public Invoice lockInvoice(long id, Payment payment) {
        Invoice invoice = em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFoundException(INVOICE, id);
        }
        if (payment != null && !invoice.getCurrency().equals(payment.getCurrency())) {
            throw new InvalidInputException("currency", "invoice " + invoice.getNumber() + " is in "
                    + invoice.getCurrency() + ", the payment in " + payment.getCurrency());
        }
        return invoice;
    }

    /** Spreads what is left on a payment over the client's open invoices of its currency, oldest due first. */
    public void allocateOldestFirst(Payment payment) {
        List<Invoice> open = em.createQuery("SELECT i FROM Invoice i WHERE i.clientId = :client"
                        + " AND i.currency = :currency AND i.status IN :open ORDER BY i.id", Invoice.class)
                .setParameter("client", payment.getClientId()).setParameter("currency", payment.getCurrency())
                .setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
                        InvoiceStatus.OVERDUE))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1000).getResultList();
        List<OpenInvoice> candidates = new ArrayList<>();
        for (Invoice invoice : open) {
            candidates.add(new OpenInvoice(invoice.getId(), invoice.getDueDate(), invoice.getBalance()));
        }
        for (AllocationPlan part : Allocator.oldestDueFirst(payment.getUnallocated(), candidates)) {
            Invoice invoice = open.stream().filter(i -> i.getId() == part.invoiceId()).findFirst().orElseThrow();
            apply(payment, invoice, part.amount());
        }
    }

    /** Puts {@code part} of the payment on the invoice; its author is told. */
    public void apply(Payment payment, Invoice invoice, Money part) {
        if (!invoice.getClientId().equals(payment.getClientId())) {
            throw new InvalidInputException("invoice", "invoice " + invoice.getNumber()
                    + " belongs to another client");
        }
        sameCurrency(payment, part);
        Map<String, String> before = invoice.auditSnapshot();
        List<FigureChange> figuresMoving = changing(payment, invoice);
        payment.allocate(part);
        boolean paidBefore = invoice.getStatus() == InvoiceStatus.PAID;
        invoice.receivePayment(part, payment.getReceivedOn());
        if (!paidBefore && invoice.getStatus() == InvoiceStatus.PAID) {
            happened.fire(new BusinessEvent(BusinessEventType.INVOICE_PAID, invoice.getId(),
                    invoice.eventFacts()));
        }
        em.persist(new Allocation(payment.getId(), invoice.getId(), part.amount(), clock.now()));
        figuresMoving.forEach(FigureChange::apply);
        audit.record(Caller.nameOf(context), INVOICE, invoice.getId(), AuditAction.UPDATE, before,
                invoice.auditSnapshot());
        notifications.notify(invoice.getCreatedBy(), "Payment of " + part + " received on invoice "
                + invoice.getNumber() + (invoice.getStatus() == InvoiceStatus.PAID ? ": paid in full" : ""),
                "/invoice.xhtml?id=" + invoice.getId());
    }

    /**
     * Releases {@code amount} of the payment's allocations, newest first, so that it can be refunded: a partly
     * released allocation is reversed and its rest allocated again. The invoices reopen for what they lose.
     */
    public void releaseNewestFirst(Payment payment, Money amount, LocalDate today) {
        List<Allocation> newestFirst = em.createQuery("SELECT a FROM Allocation a WHERE a.paymentId = :id"
                + " AND a.reversed = FALSE ORDER BY a.id DESC", Allocation.class).setParameter("id", payment.getId())
                .setMaxResults(500).getResultList();
        List<AllocationRelease> plan = new ArrayList<>(Allocator.releaseInOrder(amount, newestFirst));
        plan.sort(Comparator.comparing(r -> r.allocation().getInvoiceId())); // the locking order
        for (AllocationRelease part : plan) {
            takeBack(payment, lockInvoice(part.allocation().getInvoiceId(), payment), part.amount(), today);
            Allocation kept = part.allocation().release(part.amount(), clock.now());
            if (kept != null) {
                em.persist(kept);
            }
        }
    }

    /** Reverses every allocation of the payment (it is being voided); the invoices reopen. */
    public void reverseAll(Payment payment, LocalDate today) {
        List<Allocation> allocations = em.createQuery("SELECT a FROM Allocation a WHERE a.paymentId = :id"
                + " AND a.reversed = FALSE ORDER BY a.invoiceId", Allocation.class).setParameter("id", payment.getId())
                .getResultList();
        for (Allocation allocation : allocations) {
            Invoice invoice = lockInvoice(allocation.getInvoiceId(), payment);
            takeBack(payment, invoice, Money.of(allocation.getAmount(), payment.getCurrency()), today);
            allocation.reverse();
        }
    }

    /** The payment's currency, or a refusal naming both. */
    public Money sameCurrency(Payment payment, Money amount) {
        if (!amount.currency().equals(payment.getCurrency())) {
            throw new InvalidInputException("currency", "the payment is in " + payment.getCurrency() + ", not "
                    + amount.currency());
        }
        return amount;
    }

    /** Money moving between a payment and an invoice moves the figures of both. */
    private List<FigureChange> changing(Payment payment, Invoice invoice) {
        return List.of(figures.paying(FigureSource.PAYMENT, payment.getId()),
                figures.paying(FigureSource.INVOICE, invoice.getId()));
    }

    private void takeBack(Payment payment, Invoice invoice, Money part, LocalDate today) {
        Map<String, String> before = invoice.auditSnapshot();
        List<FigureChange> figuresMoving = changing(payment, invoice);
        invoice.reversePayment(part, today);
        payment.release(part);
        figuresMoving.forEach(FigureChange::apply);
        audit.record(Caller.nameOf(context), INVOICE, invoice.getId(), AuditAction.UPDATE, before,
                invoice.auditSnapshot());
    }
}
