package org.crmir.figures;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.crmir.identity.Role;

/**
 * Rebuilds the summary tables from their source rows and checks that they agree. Both run the summaries' own
 * selects over every row, so they take seconds on a large book: an operator's command, not a page's. Rebuild
 * while the application is quiet: a change committed during a table's rebuild may be counted twice or not at all
 * (the check afterwards says so).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class FigureBook {

    private static final Logger LOG = Logger.getLogger(FigureBook.class.getName());
    /** Enough to see what went wrong; the check stops counting there. */
    static final int MAX_DIFFERENCES = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Figures figures;

    @Resource
    SessionContext context;

    /** Every summary table rebuilt, each in a transaction of its own; returns the tables and their row counts. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Integer> rebuild() {
        Map<String, Integer> rebuilt = new java.util.TreeMap<>();
        for (Summary summary : figures.all()) {
            rebuilt.put(summary.table(), context.getBusinessObject(FigureBook.class).rebuild(summary.table()));
            // Fresh statistics: the refilled table's index looks empty to the optimizer until they are read
            // again, and the currency list then scanned the index instead of reading three entries. Outside a
            // transaction: ANALYZE commits implicitly.
            em.createNativeQuery("ANALYZE TABLE " + summary.table()).getResultList();
        }
        LOG.info(() -> "Summary tables rebuilt from their source rows: " + rebuilt);
        return rebuilt;
    }

    /** One table rebuilt: emptied and filled from its summary's select over every source row. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rebuild(String table) {
        Summary summary = summary(table);
        List<String> columns = new ArrayList<>(summary.keys());
        columns.addAll(summary.measures());
        em.createNativeQuery("DELETE FROM " + table).executeUpdate();
        return em.createNativeQuery("INSERT INTO " + table + " (" + String.join(", ", columns) + ") "
                + summary.select("1 = 1")).executeUpdate();
    }

    /** The rows where a summary table and a recomputation from its source rows differ; empty when they agree. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<FigureDifference> check() {
        List<FigureDifference> differences = new ArrayList<>();
        for (Summary summary : figures.all()) {
            Contributions stored = new Contributions();
            stored.add(summary, figures.rows("SELECT " + String.join(", ", summary.keys()) + ", "
                    + String.join(", ", summary.measures()) + " FROM " + summary.table(), List.of()));
            Contributions recomputed = new Contributions();
            recomputed.add(summary, figures.rows(summary.select("1 = 1"), List.of()));
            compare(summary, stored.of(summary), recomputed.of(summary), differences);
            if (differences.size() >= MAX_DIFFERENCES) {
                break;
            }
        }
        return differences;
    }

    private static void compare(Summary summary, Map<List<Object>, BigDecimal[]> stored,
            Map<List<Object>, BigDecimal[]> recomputed, List<FigureDifference> differences) {
        Set<List<Object>> keys = new HashSet<>(stored.keySet());
        keys.addAll(recomputed.keySet());
        for (List<Object> key : keys) {
            BigDecimal[] kept = stored.get(key);
            BigDecimal[] fresh = recomputed.get(key);
            if (!same(kept, fresh) && differences.size() < MAX_DIFFERENCES) {
                differences.add(new FigureDifference(summary.table(), describe(summary.keys(), key),
                        describe(summary.measures(), kept), describe(summary.measures(), fresh)));
            }
        }
    }

    private static boolean same(BigDecimal[] a, BigDecimal[] b) {
        if (a == null || b == null) {
            return a == b;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].compareTo(b[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<String> names, Object values) {
        if (values == null) {
            return "no row";
        }
        List<?> list = values instanceof Object[] array ? Arrays.asList(array) : (List<?>) values;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(
                    list.get(i) instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : list.get(i));
        }
        return text.toString();
    }

    private Summary summary(String table) {
        for (Summary summary : figures.all()) {
            if (summary.table().equals(table)) {
                return summary;
            }
        }
        throw new org.crmir.shared.NotFoundException("Summary table", table);
    }
}
