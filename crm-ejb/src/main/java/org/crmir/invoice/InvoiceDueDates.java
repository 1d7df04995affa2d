package org.crmir.invoice;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmir.shared.ClientOwner;

/**
 * The open invoices (issued, partly paid, overdue) falling due in a range, soonest first, for a personal calendar
 * feed: read down ix_invoices_status_due, bounded. No role check of its own: its caller has made its own (a feed's
 * secret link).
 */
@Dependent
public class InvoiceDueDates {

    @PersistenceContext
    EntityManager em;

    /** Due from {@code from} to {@code to} (both inclusive), of the clients of {@code owner} when given. */
    public List<DueInvoice> between(LocalDate from, LocalDate to, ClientOwner owner, int max) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", from, "to", to, "open",
                List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OVERDUE)));
        String scope = owner == null ? "" : owner.condition("i.clientId", parameters, null);
        // total - (credited + paid): EclipseLink renders "a - b - c" as "a - (b - c)"
        var query = em.createQuery("SELECT NEW org.crmir.invoice.DueInvoice(i.id, i.number, c.name,"
                + " i.dueDate, i.currency, i.total - (i.creditedTotal + i.paidTotal)) FROM Invoice i, Client c"
                + " WHERE c.id = i.clientId AND i.status IN :open AND i.dueDate BETWEEN :from AND :to" + scope
                + " ORDER BY i.dueDate, i.id", DueInvoice.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }
}
