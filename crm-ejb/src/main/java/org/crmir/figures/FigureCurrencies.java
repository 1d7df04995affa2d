package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.crmir.identity.Role;

/** The currencies the figures have anything in, for the currency selectors: read from the small summary tables. */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class FigureCurrencies {

    @Inject
    EntityManager em;

    /**
     * Sorted; each table's primary key starts with the currency, so each part reads an index, not rows, or the
     * table is small (quotes and contracts: a row per status, currency and owner).
     */
    @CachedFigures(reads = {FigureSource.INVOICE, FigureSource.PAYMENT, FigureSource.QUOTE, FigureSource.CONTRACT})
    @SuppressWarnings("unchecked")
    public List<String> all() {
        // GROUP BY in each part: the optimizer then jumps from currency to currency in the index (a loose scan).
        return em.createNativeQuery("SELECT currency FROM fig_receivables GROUP BY currency"
                + " UNION SELECT currency FROM fig_invoices_issued GROUP BY currency" // every invoice's, credit note's
                + " UNION SELECT currency FROM fig_collections GROUP BY currency"
                + " UNION SELECT currency FROM fig_quotes GROUP BY currency"
                + " UNION SELECT currency FROM fig_contracts GROUP BY currency ORDER BY currency").getResultList();
    }
}
