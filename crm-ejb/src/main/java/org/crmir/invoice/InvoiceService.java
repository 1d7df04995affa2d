package org.crmir.invoice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import org.crmir.shared.PageRequest;
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

    @PersistenceContext
    EntityManager em;

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

    /** A draft for a client, in the client's currency and payment terms. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Invoice createDraft(long clientId, List<LineInput> lines, String notes, String terms) {
        Client client = drafting.activeClient(clientId);
        Invoice invoice = new Invoice(clientId, client.getCurrency(), client.getPaymentTermsDays(),
                Caller.nameOf(context), Instant.now());
        products.check(lines);
        invoice.replaceLines(lines);
        invoice.annotate(notes, terms);
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
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice issue(long id) {
        Invoice invoice = drafting.lock(KIND, id);
        if (invoice.getNumber() != null) {
            return invoice; // issued before: the retry gets the same result, and no second number
        }
        invoice.checkIssuable();
        FigureChange figuresMoving = figures.changing(FigureSource.INVOICE, id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String series = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID).getInvoiceSeries();
        long value = numbers.next(series, today.getYear());
        Map<String, String> before = invoice.auditSnapshot();
        invoice.issue(DocumentNumbers.format(series, today.getYear(), value, 6), today);
        invoice.givePayToken(PublicLinks.newToken());
        figuresMoving.apply();
        audit.record(Caller.nameOf(context), INVOICE, id, AuditAction.UPDATE, before, invoice.auditSnapshot());
        return invoice;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice voidInvoice(long id) {
        Invoice invoice = load(id);
        FigureChange figuresMoving = figures.changing(FigureSource.INVOICE, id);
        Invoice voided = drafting.change(KIND, Caller.nameOf(context), invoice, Invoice::voidInvoice);
        figuresMoving.apply();
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
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        invoice.credit(amount, today);
        long value = numbers.next(CREDIT_NOTE_SERIES, today.getYear());
        CreditNote note = new CreditNote(DocumentNumbers.format(CREDIT_NOTE_SERIES, today.getYear(), value, 4),
                invoice, amount, reason, today, Caller.nameOf(context), Instant.now());
        em.persist(note);
        figuresMoving.apply();
        figures.added(FigureSource.CREDIT_NOTE, note.getId());
        audit.record(Caller.nameOf(context), INVOICE, invoiceId, AuditAction.UPDATE, before,
                invoice.auditSnapshot());
        audit.record(Caller.nameOf(context), "CreditNote", note.getId(), AuditAction.CREATE, Map.of(),
                Map.of("number", note.getNumber(), "invoice", invoice.getNumber(), "amount", amount.toString(),
                        "reason", note.getReason()));
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

    /**
     * One page of the filtered list, newest first, with client names. First the page's ids from the invoices
     * alone, which an index answers in list order without reading rows (V7); then those rows with their clients.
     * In one query the join let the optimizer start from the clients and sort every invoice (4 s at a million).
     */
    public List<InvoiceRow> list(InvoiceFilter filter, PageRequest page) {
        Where where = where(filter);
        TypedQuery<Long> ids = em.createQuery("SELECT i.id FROM Invoice i WHERE i.id IS NOT NULL" + where.jpql
                + " ORDER BY i.createdAt DESC, i.id DESC", Long.class);
        where.parameters.forEach(ids::setParameter);
        List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        // total - (credited + paid): EclipseLink renders "a - b - c" as "a - (b - c)"
        return em.createQuery("SELECT NEW org.crmir.invoice.InvoiceRow(i.id, i.number, i.clientId, c.name,"
                        + " i.status, i.issueDate, i.dueDate, i.currency, i.total,"
                        + " i.total - (i.creditedTotal + i.paidTotal)) FROM Invoice i, Client c"
                        + " WHERE c.id = i.clientId AND i.id IN :ids ORDER BY i.createdAt DESC, i.id DESC",
                        InvoiceRow.class)
                .setParameter("ids", pageIds).getResultList();
    }

    /** Counts past this are reported as {@code COUNT_CAP + 1}: "more than 10,000". */
    public static final int COUNT_CAP = 10_000;

    /**
     * How many invoices match, exactly up to {@link #COUNT_CAP}; past that {@code COUNT_CAP + 1}. An exact count
     * of a million invoices reads a million index entries on every list request (87 ms); a pager needs no more.
     * A probe for the 10,001st matching id reads at most 10,001 entries; only when there is none does an exact
     * count follow, over at most 10,000.
     */
    public long count(InvoiceFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> beyond = em.createQuery("SELECT i.id FROM Invoice i WHERE i.id IS NOT NULL" + where.jpql,
                Long.class);
        where.parameters.forEach(beyond::setParameter);
        if (!beyond.setFirstResult(COUNT_CAP).setMaxResults(1).getResultList().isEmpty()) {
            return COUNT_CAP + 1L;
        }
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.id IS NOT NULL"
                + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The sums of the filtered list, one per currency: every matching invoice is read (350 ms at a million), so
     * the list asks for them only when the user does, not with every page.
     */
    public List<CurrencyTotal> totals(InvoiceFilter filter) {
        Where where = where(filter);
        TypedQuery<CurrencyTotal> query = em.createQuery("SELECT NEW org.crmir.invoice.CurrencyTotal(i.currency,"
                + " COUNT(i), SUM(i.total), SUM(CASE WHEN i.status = :issued OR i.status = :partly"
                + " OR i.status = :overdue THEN i.total - (i.creditedTotal + i.paidTotal) ELSE 0 END)) FROM Invoice i"
                + " WHERE i.id IS NOT NULL" + where.jpql + " GROUP BY i.currency ORDER BY i.currency",
                CurrencyTotal.class);
        where.parameters.forEach(query::setParameter);
        // the outstanding balance counts open invoices only: drafts and void ones owe nothing
        query.setParameter("issued", InvoiceStatus.ISSUED).setParameter("partly", InvoiceStatus.PARTIALLY_PAID)
                .setParameter("overdue", InvoiceStatus.OVERDUE);
        return query.setMaxResults(50).getResultList();
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private static Where where(InvoiceFilter f) {
        StringBuilder jpql = new StringBuilder();
        Map<String, Object> p = new HashMap<>();
        InvoiceFilter filter = f == null ? InvoiceFilter.none() : f;
        if (filter.status() != null) {
            jpql.append(" AND i.status = :status");
            p.put("status", filter.status());
        }
        if (filter.clientId() != null) {
            jpql.append(" AND i.clientId = :clientId");
            p.put("clientId", filter.clientId());
        }
        if (filter.issuedFrom() != null) {
            jpql.append(" AND i.issueDate >= :from");
            p.put("from", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            jpql.append(" AND i.issueDate <= :to");
            p.put("to", filter.issuedTo());
        }
        if (filter.minTotal() != null) {
            jpql.append(" AND i.total >= :min");
            p.put("min", filter.minTotal());
        }
        if (filter.maxTotal() != null) {
            jpql.append(" AND i.total <= :max");
            p.put("max", filter.maxTotal());
        }
        if (filter.number() != null && !filter.number().isBlank()) {
            jpql.append(" AND i.number LIKE :number ESCAPE '!'");
            p.put("number", org.crmir.shared.Queries.startsWith(filter.number().toUpperCase(java.util.Locale.ROOT)));
        }
        return new Where(jpql.toString(), p);
    }

    private Invoice load(long id) {
        return drafting.load(KIND, id);
    }
}
