package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.crmir.identity.Role;

/** The currencies the figures have anything in, for the currency selectors: read from the small summary tables. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class FigureCurrencies {

    @PersistenceContext
    EntityManager em;

    /** Sorted; each table's primary key starts with the currency, so each part reads an index, not rows. */
    @SuppressWarnings("unchecked")
    public List<String> all() {
        return em.createNativeQuery("SELECT DISTINCT currency FROM fig_receivables"
                + " UNION SELECT DISTINCT currency FROM fig_invoices_issued" // every invoice's and credit note's currency
                + " UNION SELECT DISTINCT currency FROM fig_collections"
                + " ORDER BY currency").getResultList();
    }
}
