package org.crmir.invoice;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.ListConditions;

/**
 * The open invoices (issued, partly paid, overdue) falling due in a range, soonest first, for a personal calendar
 * feed: read down ix_invoices_status_due, bounded. No role check of its own: its caller has made its own (a feed's
 * secret link).
 */
@Dependent
public class InvoiceDueDates {

    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.OVERDUE);

    @Inject
    EntityManager em;

    /** Due from {@code from} to {@code to} (both inclusive), of the clients of {@code owner} when given. */
    public List<DueInvoice> between(LocalDate from, LocalDate to, ClientOwner owner, int max) {
        ListConditions where = new ListConditions().in("i.status", "open", OPEN).dates("i.dueDate", "due", from, to)
                .ownerOnRow("i.ownerId", owner, null);
        // total - (credited + paid): EclipseLink renders "a - b - c" as "a - (b - c)"
        return where.bind(em.createQuery("SELECT NEW org.crmir.invoice.DueInvoice(i.id, i.number, c.name,"
                        + " i.dueDate, i.currency, i.total - (i.creditedTotal + i.paidTotal)) FROM Invoice i, Client c"
                        + " WHERE c.id = i.clientId" + where.jpql() + " ORDER BY i.dueDate, i.id", DueInvoice.class))
                .setMaxResults(max).getResultList();
    }
}
