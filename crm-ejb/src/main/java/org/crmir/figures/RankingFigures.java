package org.crmir.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmir.identity.Role;
import org.crmir.shared.Money;

/** The year's best-selling products and services, and its top clients, per currency, from the summary tables. */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class RankingFigures {

    /** How many a ranking shows per currency. */
    public static final int TOP = 10;
    /** What a line without a product is listed as. */
    public static final String WITHOUT_PRODUCT = "Lines without a product";

    @Inject
    EntityManager em;

    /**
     * Products by revenue in the scope's year (nothing is issued after today), the first {@value #TOP} per
     * currency.
     */
    @CachedFigures(reads = FigureSource.INVOICE)
    public List<RankedProduct> topProducts(FigureScope scope) {
        List<Object[]> rows = new ScopedQuery("SELECT currency, product_id, SUM(net_amount) AS revenue,"
                + " SUM(quantity) FROM " + ProductYearTotalsSummary.tableFor(scope) + " WHERE year = ?", scope,
                scope.today().getYear())
                .then("GROUP BY currency, product_id HAVING SUM(net_amount) <> 0 ORDER BY currency, revenue DESC,"
                        + " product_id").rows(em);
        Map<String, Integer> shown = new HashMap<>();
        List<Object[]> top = new ArrayList<>();
        for (Object[] r : rows) {
            if (shown.merge((String) r[0], 1, Integer::sum) <= TOP) {
                top.add(r);
            }
        }
        Map<Long, String> names = names("SELECT id, name FROM products WHERE id IN",
                top.stream().map(r -> ScopedQuery.count(r[1])).filter(id -> id != 0).toList());
        List<RankedProduct> result = new ArrayList<>();
        for (Object[] r : top) {
            long id = ScopedQuery.count(r[1]);
            String currency = (String) r[0];
            result.add(new RankedProduct(currency, id, id == 0 ? WITHOUT_PRODUCT : names.getOrDefault(id, "#" + id),
                    Money.rounded(ScopedQuery.decimal(r[2]), currency), ScopedQuery.decimal(r[3])));
        }
        return result;
    }

    /**
     * Clients by revenue in the scope's year, the first {@value #TOP} per currency: each read is the first rows
     * of the index (year, currency[, owner], amount), walked backwards.
     */
    @CachedFigures(reads = FigureSource.INVOICE)
    @SuppressWarnings("unchecked")
    public List<RankedClient> topClients(FigureScope scope) {
        int year = scope.today().getYear();
        List<String> currencies = scope.currency() != null ? List.of(scope.currency())
                // the currencies ever invoiced: a loose scan of the small table's key, not of this year's clients
                : em.createNativeQuery("SELECT DISTINCT currency FROM fig_invoices_issued ORDER BY currency")
                        .getResultList();
        List<Object[]> rows = new ArrayList<>();
        for (String currency : currencies) {
            ScopedQuery query = new ScopedQuery("SELECT currency, client_id, net_amount, invoice_count"
                    + " FROM fig_client_revenue WHERE year = ?", scope.currency() == null
                    ? new FigureScope(scope.ownerId(), currency, scope.from(), scope.to(), scope.today()) : scope,
                    year);
            rows.addAll(query.and("net_amount > 0").then("ORDER BY net_amount DESC LIMIT " + TOP)
                    .rows(em));
        }
        Map<Long, String> names = names("SELECT id, name FROM clients WHERE id IN",
                rows.stream().map(r -> ScopedQuery.count(r[1])).toList());
        List<RankedClient> result = new ArrayList<>();
        for (Object[] r : rows) {
            String currency = (String) r[0];
            long id = ScopedQuery.count(r[1]);
            result.add(new RankedClient(currency, id, names.getOrDefault(id, "#" + id),
                    Money.rounded(ScopedQuery.decimal(r[2]), currency), ScopedQuery.count(r[3])));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, String> names(String select, Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        jakarta.persistence.Query query = em.createNativeQuery(select + " (" + placeholders + ")");
        int position = 1;
        for (Long id : ids) {
            query.setParameter(position++, id);
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            names.put(ScopedQuery.count(cells[0]), (String) cells[1]);
        }
        return names;
    }
}
