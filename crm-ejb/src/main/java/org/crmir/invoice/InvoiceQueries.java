package org.crmir.invoice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.CappedCount;
import org.crmir.shared.Keyset;
import org.crmir.shared.ListConditions;
import org.crmir.shared.PageRequest;
import org.crmir.shared.Queries;

/**
 * The invoice list for everyone who may read invoices: filtered, paged and counted in the database with one
 * condition, and its sums per currency on request. Changes go through {@link InvoiceService}.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class InvoiceQueries {

    /** Counts past this are reported as {@code COUNT_CAP + 1}: "more than 10,000". */
    public static final int COUNT_CAP = PageRequest.COUNT_CAP;

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * One page of the filtered list, newest first, with client names. First the page's ids from the invoices
     * alone, which an index answers in list order without reading rows (V7); then those rows with their clients.
     * In one query the join let the optimizer start from the clients and sort every invoice (4 s at a million).
     */
    public List<InvoiceRow> list(InvoiceFilter filter, PageRequest page) {
        List<Long> pageIds = filter != null && filter.narrowsByProductAlone() && page.afterId() == null
                ? productPageIds(filter.productId(), page) : pageIds(filter, page);
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

    private List<Long> pageIds(InvoiceFilter filter, PageRequest page) {
        ListConditions where = where(filter).after(Keyset.after(em, Invoice.class, "i", "createdAt", true,
                page.afterId()));
        return where.bindPage(em.createQuery("SELECT i.id FROM Invoice i WHERE i.id IS NOT NULL"
                        + where.jpql() + " ORDER BY i.createdAt DESC, i.id DESC", Long.class), em)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    /**
     * A page of the invoices with a line of the product, from the product's lines in their invoices' order
     * (ix_invoice_lines_product, V82): no invoice is read. Sorting the product's invoices by their creation time
     * read each of them (13,754 for the benchmark's best seller: 24 ms; 0.2 ms this way). An invoice with two lines
     * of the product is one entry.
     */
    private List<Long> productPageIds(long productId, PageRequest page) {
        return em.createQuery("SELECT DISTINCT l.invoiceCreatedAt, l.invoiceId FROM InvoiceLine l"
                        + " WHERE l.item.productId = :product ORDER BY l.invoiceCreatedAt DESC, l.invoiceId DESC",
                        Object[].class)
                .setParameter("product", productId).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(row -> (Long) row[1]).toList();
    }

    /**
     * How many invoices match, exactly up to {@link #COUNT_CAP}; past that {@code COUNT_CAP + 1}. An exact count
     * of a million invoices reads a million index entries on every list request (87 ms); a pager needs no more.
     * {@link CappedCount} stops at the 10,001st match.
     */
    public long count(InvoiceFilter filter) {
        if (filter != null && filter.narrowsByProductAlone()) {
            // its invoices are its lines' invoice ids, read from the product's index without joining each invoice,
            // which nothing else asks of (a product on 13,754 invoices: 2.5 ms instead of 15-18, benchmark/screens)
            return CappedCount.of(em, em.createQuery("SELECT DISTINCT l.invoiceId FROM InvoiceLine l"
                    + " WHERE l.item.productId = :product", Long.class).setParameter("product", filter.productId()));
        }
        ListConditions where = where(filter);
        return CappedCount.of(em, where.bind(em.createQuery("SELECT i.id FROM Invoice i WHERE i.id IS NOT NULL"
                + where.jpql(), Long.class)));
    }

    /**
     * The sums of the filtered list, one per currency: every matching invoice is read (350 ms at a million), so
     * the list asks for them only when the user does, not with every page.
     */
    public List<CurrencyTotal> totals(InvoiceFilter filter) {
        ListConditions where = where(filter);
        // the outstanding balance counts open invoices only: drafts and void ones owe nothing
        return where.bind(em.createQuery("SELECT NEW org.crmir.invoice.CurrencyTotal(i.currency,"
                        + " COUNT(i), SUM(i.total), SUM(CASE WHEN i.status = :issued OR i.status = :partly"
                        + " OR i.status = :overdue THEN i.total - (i.creditedTotal + i.paidTotal) ELSE 0 END))"
                        + " FROM Invoice i WHERE i.id IS NOT NULL" + where.jpql()
                        + " GROUP BY i.currency ORDER BY i.currency", CurrencyTotal.class))
                .setParameter("issued", InvoiceStatus.ISSUED).setParameter("partly", InvoiceStatus.PARTIALLY_PAID)
                .setParameter("overdue", InvoiceStatus.OVERDUE).setMaxResults(50).getResultList();
    }

    private ListConditions where(InvoiceFilter f) {
        InvoiceFilter filter = f == null ? InvoiceFilter.none() : f;
        ListConditions where = new ListConditions()
                .in("i.status", "status", filter.statuses())
                .equal("i.clientId", "clientId", filter.clientId())
                .equal("i.currency", "currency", filter.currency())
                .ownerOnRow("i.ownerId", filter.owner(), Caller.nameOf(context))
                .dates("i.issueDate", "issued", filter.issuedFrom(), filter.issuedTo())
                .dates("i.dueDate", "due", filter.dueFrom(), filter.dueTo());
        if (filter.paidFrom() != null || filter.paidTo() != null) {
            paidWithin(where, filter.paidFrom(), filter.paidTo());
        }
        if (filter.productId() != null) {
            // ix_invoice_lines_product (V30, V82): the product's lines, then their invoices. "l.invoice = i", not
            // "i.id IN (SELECT l.invoice.id ...)": EclipseLink joins the invoices again for l.invoice.id, and that
            // join read the invoices of every line of the product (1.5 s for a product on 13,754 lines; 40 ms now).
            where.add(" AND EXISTS (SELECT l.id FROM InvoiceLine l WHERE l.invoice = i AND l.item.productId = :product)",
                    Map.of("product", filter.productId()));
        }
        if (filter.minTotal() != null) {
            where.add(" AND i.total >= :min", Map.of("min", filter.minTotal()));
        }
        if (filter.maxTotal() != null) {
            where.add(" AND i.total <= :max", Map.of("max", filter.maxTotal()));
        }
        if (filter.number() != null && !filter.number().isBlank()) {
            where.add(" AND i.number LIKE :number ESCAPE '!'", Map.of("number",
                    Queries.startsWith(filter.number().toUpperCase(java.util.Locale.ROOT))));
        }
        return where;
    }

    /** Paid invoices settled from {@code from} to {@code to}: the day they became paid (V21, as the figures count). */
    private static void paidWithin(ListConditions where, LocalDate from, LocalDate to) {
        where.equal("i.status", "settled", InvoiceStatus.PAID).dates("i.paidOn", "paid", from, to);
    }
}
