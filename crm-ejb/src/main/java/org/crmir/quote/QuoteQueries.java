package org.crmir.quote;

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
import org.crmir.shared.Keyset;
import org.crmir.shared.ListConditions;
import org.crmir.shared.PageRequest;

/**
 * The quote list for everyone who may read quotes: filtered, paged and counted in the database with one
 * condition. Changes go through {@link QuoteService}.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class QuoteQueries {

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    /** One page, newest first, with client names; one query, no entity per row. */
    public List<QuoteRow> list(QuoteFilter filter, PageRequest page) {
        ListConditions where = where(filter).after(Keyset.after(em, Quote.class, "q", "createdAt", true,
                page.afterId()));
        return where.bindPage(em.createQuery("SELECT NEW org.crmir.quote.QuoteRow(q.id, q.number, q.clientId, c.name,"
                        + " q.status, q.validUntil, q.currency, q.total) FROM Quote q, Client c"
                        + " WHERE c.id = q.clientId" + where.jpql() + " ORDER BY q.createdAt DESC, q.id DESC",
                        QuoteRow.class), em)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    /** How many quotes the list holds under the same condition. */
    public long count(QuoteFilter filter) {
        ListConditions where = where(filter);
        return where.bind(em.createQuery("SELECT COUNT(q) FROM Quote q WHERE q.id IS NOT NULL" + where.jpql(),
                Long.class)).getSingleResult();
    }

    private ListConditions where(QuoteFilter f) {
        QuoteFilter filter = f == null ? QuoteFilter.none() : f;
        return new ListConditions()
                .in("q.status", "status", filter.statuses())
                .equal("q.clientId", "clientId", filter.clientId())
                .equal("q.currency", "currency", filter.currency())
                .owner("q.clientId", filter.owner(), Caller.nameOf(context))
                .days("q.decidedAt", "decided", filter.decidedFrom(), filter.decidedTo())
                .days("q.createdAt", "created", filter.createdFrom(), filter.createdTo());
    }
}
