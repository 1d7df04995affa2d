package org.crmir.invoice;

import org.crmir.shared.BusinessEventType;
import org.crmir.shared.BusinessEvent;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.document.PublicLinks;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.DocumentNumbers;
import org.crmir.catalog.ProductReferences;
import org.crmir.document.DocumentKind;
import org.crmir.document.Drafting;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Invoices: drafts by sales and finance, issuing, voiding and credit notes by finance and administrators.
 * Issuing takes the next number of the series inside the issuing transaction (see {@link DocumentNumbers}).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class InvoiceService {

    static final String INVOICE = "Invoice";
    static final DocumentKind<Invoice> KIND = new DocumentKind<>(Invoice.class, INVOICE, Invoice::getId,
            Invoice::getVersion, Invoice::auditSnapshot);
    public static final String CREDIT_NOTE_SERIES = "CN";

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

    @Inject
    Drafting drafting;

    @Inject
    DocumentNumbers numbers;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    ProductReferences products;

    @Inject
    Figures figures;

    @Inject
    InvoiceOwners owners;

    /** A draft for a client, in the client's currency and payment terms. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Invoice createDraft(long clientId, List<LineInput> lines, String notes, String terms) {
        Client client = drafting.activeClient(clientId);
        Invoice invoice = new Invoice(clientId, client.getCurrency(), client.getPaymentTermsDays(),
                Caller.nameOf(context), clock.now());
        products.check(lines);
        invoice.replaceLines(lines);
        invoice.annotate(notes, terms);
        owners.assign(invoice);
        return drafting.create(KIND, Caller.nameOf(context), invoice);
    }

    /** As {@link #createDraft}, once per {@code idempotencyKey}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Invoice createDraft(long clientId, List<LineInput> lines, String notes, String terms,
            String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "invoice.create", idempotencyKey,
                () -> createDraft(clientId, lines, notes, terms).getId());
        return find(id);
    }

    /** Replaces the lines and notes of a draft last read at {@code expectedVersion}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Invoice updateDraft(long id, long expectedVersion, List<LineInput> lines, String notes, String terms) {
        return drafting.edit(KIND, Caller.nameOf(context), load(id), expectedVersion, invoice -> {
            products.check(lines);
            invoice.replaceLines(lines);
            invoice.annotate(notes, terms);
        });
    }

    /** Adds one line to a draft. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Invoice addLine(long id, LineInput line) {
        return drafting.change(KIND, Caller.nameOf(context), load(id), invoice -> {
            products.check(line);
            invoice.addLine(line);
        });
    }

    /**
     * Issues a draft: the next number of the invoice series for this year, today's date, the due date from the
     * payment terms. Issuing an invoice that is already issued returns it unchanged, so a retried issue is safe.
     * Returns the invoice with its lines loaded, so that the caller needs no second transaction to show it.
     * <p>
     * The number is taken last: the figures move and the invoice is written first, then the counter row is
     * locked, the number written and the audit event recorded, and the transaction commits. Issuers queue on the
     * counter row only for that short end.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice issue(long id) {
        Invoice invoice = drafting.lock(KIND, id);
        if (invoice.getNumber() != null) {
            invoice.getLines().size();
            return invoice; // issued before: the retry gets the same result, and no second number
        }
        invoice.checkIssuable();
        LocalDate today = clock.today();
        String series = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID).getInvoiceSeries();
        Map<String, String> before = invoice.auditSnapshot();
        invoice.issueOn(today);
        invoice.givePayToken(PublicLinks.newToken());
        // A draft is in no summary (each counts issued, open or paid invoices: DraftsInNoSummaryTest), so the
        // issued invoice enters the figures without a read of what it contributed before; no summary reads the
        // number, so they move before it is taken.
        figures.added(FigureSource.INVOICE, id);
        long value = numbers.next(series, today.getYear());
        invoice.numbered(DocumentNumbers.format(series, today.getYear(), value, 6));
        audit.record(Caller.nameOf(context), INVOICE, id, AuditAction.UPDATE, before, invoice.auditSnapshot());
        happened.fire(new BusinessEvent(BusinessEventType.INVOICE_ISSUED, id, invoice.eventFacts()));
        return invoice;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice voidInvoice(long id) {
        Invoice invoice = load(id);
        FigureChange figuresMoving = figures.changing(FigureSource.INVOICE, id);
        Invoice voided = drafting.change(KIND, Caller.nameOf(context), invoice, Invoice::voidInvoice);
        figuresMoving.apply();
        happened.fire(new BusinessEvent(BusinessEventType.INVOICE_VOIDED, id, voided.eventFacts()));
        return voided;
    }

    /** Deletes a draft nobody needs; issued invoices are never deleted. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public void discardDraft(long id) {
        Invoice invoice = load(id);
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw new RuleViolationException("Only a draft can be discarded; void an issued invoice instead");
        }
        Map<String, String> before = invoice.auditSnapshot();
        em.remove(invoice);
        audit.record(Caller.nameOf(context), INVOICE, id, AuditAction.DELETE, before, Map.of());
    }

    /** A credit note of {@code amount} against an issued invoice, numbered CN-YYYY-NNNN. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public CreditNote credit(long invoiceId, Money amount, String reason) {
        Invoice invoice = drafting.lock(KIND, invoiceId);
        if (!invoice.getCurrency().equals(amount.currency())) {
            throw new InvalidInputException("currency", "the invoice is in " + invoice.getCurrency()
                    + "; a credit note is in the same currency");
        }
        Map<String, String> before = invoice.auditSnapshot();
        FigureChange figuresMoving = figures.changing(FigureSource.INVOICE, invoiceId);
        LocalDate today = clock.today();
        invoice.credit(amount, today);
        long value = numbers.next(CREDIT_NOTE_SERIES, today.getYear());
        CreditNote note = new CreditNote(DocumentNumbers.format(CREDIT_NOTE_SERIES, today.getYear(), value, 4),
                invoice, amount, reason, today, Caller.nameOf(context), clock.now());
        em.persist(note);
        figuresMoving.apply();
        figures.added(FigureSource.CREDIT_NOTE, note.getId());
        audit.record(Caller.nameOf(context), INVOICE, invoiceId, AuditAction.UPDATE, before,
                invoice.auditSnapshot());
        audit.record(Caller.nameOf(context), "CreditNote", note.getId(), AuditAction.CREATE, Map.of(),
                Map.of("number", note.getNumber(), "invoice", invoice.getNumber(), "amount", amount.toString(),
                        "reason", note.getReason()));
        happened.fire(new BusinessEvent(BusinessEventType.CREDIT_NOTE_ISSUED, note.getId(), Map.of("number",
                note.getNumber(), "invoiceId", invoiceId, "clientId", note.getClientId(),
                "amount", note.getAmount().amount(), "currency", note.getCurrency())));
        return note;
    }

    public List<CreditNote> creditNotesOf(long invoiceId) {
        return em.createQuery("SELECT c FROM CreditNote c WHERE c.invoiceId = :id ORDER BY c.id", CreditNote.class)
                .setParameter("id", invoiceId).setMaxResults(200).getResultList();
    }

    public CreditNote creditNote(long id) {
        CreditNote note = em.find(CreditNote.class, id);
        if (note == null) {
            throw new NotFoundException("Credit note", id);
        }
        return note;
    }

    /** The invoice with its lines loaded. */
    public Invoice find(long id) {
        Invoice invoice = load(id);
        invoice.getLines().size();
        return invoice;
    }

    /** Moves unpaid invoices past their due date to OVERDUE, in pages; returns how many moved. */
    @RolesAllowed(Role.Names.ADMIN)
    public int markOverdue(LocalDate today) {
        List<Invoice> due = em.createQuery("SELECT i FROM Invoice i WHERE i.status IN :open AND i.dueDate < :today"
                        + " ORDER BY i.id", Invoice.class)
                .setParameter("open", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID))
                .setParameter("today", today).setMaxResults(500).getResultList();
        FigureChange figuresMoving = figures.changing(FigureSource.INVOICE, due.stream().map(Invoice::getId).toList());
        int moved = 0;
        for (Invoice invoice : due) {
            Map<String, String> before = invoice.auditSnapshot();
            if (invoice.markOverdue(today)) {
                audit.record(Caller.nameOf(context), INVOICE, invoice.getId(), AuditAction.UPDATE, before,
                        invoice.auditSnapshot());
                moved++;
            }
        }
        figuresMoving.apply();
        return moved;
    }

    private Invoice load(long id) {
        return drafting.load(KIND, id);
    }
}
