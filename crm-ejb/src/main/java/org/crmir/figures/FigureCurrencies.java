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

    /**
     * Sorted; each table's primary key starts with the currency, so each part reads an index, not rows, or the
     * table is small (quotes and contracts: a row per status, currency and owner).
     */
    @SuppressWarnings("unchecked")
    public List<String> all() {
        return em.createNativeQuery("SELECT currency FROM fig_receivables UNION SELECT currency FROM fig_quotes"
                + " UNION SELECT currency FROM fig_contracts ORDER BY currency").getResultList();
    }
}
