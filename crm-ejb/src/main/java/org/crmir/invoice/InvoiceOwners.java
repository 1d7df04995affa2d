package org.crmir.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.crmir.client.ClientChangedHands;

/**
 * Keeps each invoice's owner ({@code invoices.owner_id}, V83) its client's. A new invoice reads the owner with a
 * shared lock on the client, held to commit; a change of owner writes the client first (an exclusive lock) and then
 * moves its invoices. So whichever of the two comes second waits for the first and sees what it wrote: an invoice
 * made while its client changes hands never keeps the old owner.
 */
@ApplicationScoped
public class InvoiceOwners {

    @Inject
    EntityManager em;

    /** Sets the owner of a new invoice, before it is stored, to the one its client has now. */
    public void assign(Invoice invoice) {
        List<?> owner = em.createNativeQuery("SELECT owner_id FROM clients WHERE id = ? LOCK IN SHARE MODE")
                .setParameter(1, invoice.getClientId()).getResultList();
        invoice.ownedBy(owner.isEmpty() || owner.get(0) == null ? null : ((Number) owner.get(0)).longValue());
    }

    void follow(@Observes ClientChangedHands change) {
        em.createNativeQuery("UPDATE invoices SET owner_id = ? WHERE client_id = ?")
                .setParameter(1, change.ownerId()).setParameter(2, change.clientId()).executeUpdate();
    }
}
