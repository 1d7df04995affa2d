package org.crmir.figures;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Test support: plain SQL over the source rows (invoices, payments, ...), what each figure must equal. */
@Stateless
@PermitAll
public class SourceRows {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    FigureFolding folding;

    /** The rows of {@code sql}, once every change committed so far is in the summary tables. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... parameters) {
        folding.foldAll();
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
        }
        return rows;
    }

    /** The first column of the one row of {@code sql} as a number; 0 for SQL NULL. */
    public BigDecimal number(String sql, Object... parameters) {
        Object value = rows(sql, parameters).get(0)[0];
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
