package org.crmir.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.CappedCount;
import org.crmir.shared.Keyset;
import org.crmir.shared.ListConditions;
import org.crmir.shared.PageRequest;

/**
 * The payments list of finance: every client's payments and refunds, filtered, paged and counted in the database
 * with one condition. Changes go through {@link PaymentService}.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class PaymentQueries {

    /** Counts past this are reported as {@code COUNT_CAP + 1}: "more than 10,000". */
    public static final int COUNT_CAP = PageRequest.COUNT_CAP;

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * One page, newest first (received day, then id), with client names. First the page's ids from the payments
     * alone, which an index answers in list order (V6, V23, V66 for a kind), then those rows with their clients.
     */
    public List<PaymentRow> list(PaymentFilter filter, PageRequest page) {
        ListConditions where = where(filter).after(Keyset.after(em, Payment.class, "p", "receivedOn", true,
                page.afterId()));
        List<Long> ids = where.bindPage(em.createQuery("SELECT p.id FROM Payment p WHERE p.id IS NOT NULL"
                        + where.jpql() + " ORDER BY p.receivedOn DESC, p.id DESC", Long.class), em)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW org.crmir.payment.PaymentRow(p.id, p.receivedOn, p.clientId, c.name,"
                        + " p.method, p.kind, p.status, p.reference, p.currency, p.amount, p.allocatedTotal,"
                        + " p.refundedTotal, p.refundOf, r.status) FROM Payment p JOIN Client c ON c.id = p.clientId"
                        + " LEFT JOIN PaymentReceipt r ON r.paymentId = p.id WHERE p.id IS NOT NULL"
                        + " AND p.id IN :ids ORDER BY p.receivedOn DESC, p.id DESC", PaymentRow.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * How many payments match, exactly up to {@link #COUNT_CAP}; past that {@code COUNT_CAP + 1}: one read of
     * at most 10,001 index entries ({@link CappedCount}).
     */
    public long count(PaymentFilter filter) {
        ListConditions where = where(filter);
        return CappedCount.of(em, where.bind(em.createQuery("SELECT p.id FROM Payment p WHERE p.id IS NOT NULL"
                + where.jpql(), Long.class)));
    }

    private ListConditions where(PaymentFilter f) {
        PaymentFilter filter = f == null ? PaymentFilter.none() : f;
        return new ListConditions()
                .equal("p.status", "status", filter.shownStatus(), filter.shownStatus() != PaymentStatus.RECORDED)
                .equal("p.currency", "currency", filter.currency())
                .equal("p.clientId", "clientId", filter.clientId())
                .equal("p.method", "method", filter.method())
                .equal("p.kind", "kind", filter.kind())
                .dates("p.receivedOn", "received", filter.receivedFrom(), filter.receivedTo())
                .owner("p.clientId", filter.owner(), Caller.nameOf(context));
    }
}
