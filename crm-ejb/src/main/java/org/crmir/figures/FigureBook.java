package org.crmir.figures;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.LongStatements;

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
    /** How often a table is compared before its differences are believed (see {@link #check()}). */
    static final int COMPARISONS = 3;
    /** Longer than the slowest table's rebuild or comparison measured at a million invoices on two cores. */
    static final Duration LONG_STATEMENT = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    FigureCache cache;

    @Inject
    FigureFolding folding;

    @Inject
    PendingFigures pending;

    @Resource
    SessionContext context;

    /** Every summary table rebuilt, each in a transaction of its own; returns the tables and their row counts. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Integer> rebuild() {
        Map<String, Integer> rebuilt = new java.util.TreeMap<>();
        folding.foldAll();
        for (Summary summary : figures.all()) {
            rebuilt.put(summary.table(), context.getBusinessObject(FigureBook.class).rebuild(summary.table()));
            // Fresh statistics: the refilled table's index looks empty to the optimizer until they are read
            // again, and the currency list then scanned the index instead of reading three entries. Outside a
            // transaction: ANALYZE commits implicitly.
            em.createNativeQuery("ANALYZE TABLE " + summary.table()).getResultList();
        }
        cache.forget();
        LOG.info(() -> "Summary tables rebuilt from their source rows: " + rebuilt);
        return rebuilt;
    }

    /** One table rebuilt: emptied and filled from its summary's select over every source row. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rebuild(String table) {
        Summary summary = figures.summary(table);
        List<String> columns = new ArrayList<>(summary.keys());
        columns.addAll(summary.measures());
        pending.dropFor(summary);
        return allowingMinutes(() -> {
            em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            return em.createNativeQuery("INSERT INTO " + table + " (" + String.join(", ", columns) + ") "
                    + summary.select("1 = 1")).executeUpdate();
        });
    }

    /**
     * The rows where a summary table and a recomputation from its source rows differ (at most
     * {@value #MAX_DIFFERENCES}); empty when they agree. The database compares them: both sides of a table meet in
     * one grouped union and only the rows that differ come back, so a table of hundreds of thousands of rows never
     * sits in the server's memory. Each table is compared in a transaction of its own, none held open for the
     * minutes a large book takes.
     *
     * <p>A source row's change reaches its summary table a moment after its commit ({@link PendingFigures}), so
     * each table is compared after a fold, and compared again after another when it differs: a difference that
     * {@link #COMPARISONS} comparisons all show is not a change on its way.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FigureDifference> check() {
        List<FigureDifference> differences = new ArrayList<>();
        FigureBook self = context.getBusinessObject(FigureBook.class);
        for (Summary summary : figures.all()) {
            List<FigureDifference> ofTable;
            int comparisons = 0;
            do {
                folding.foldAll();
                ofTable = self.check(summary.table(), MAX_DIFFERENCES - differences.size());
            } while (!ofTable.isEmpty() && ++comparisons < COMPARISONS);
            differences.addAll(ofTable);
            if (differences.size() >= MAX_DIFFERENCES) {
                break;
            }
        }
        return differences;
    }

    /** One table's differences, at most {@code limit}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<FigureDifference> check(String table, int limit) {
        Summary summary = figures.summary(table);
        int keys = summary.keys().size();
        int measures = summary.measures().size();
        List<FigureDifference> differences = new ArrayList<>();
        for (Object[] row : allowingMinutes(() -> figures.rows(comparison(summary, limit), List.of()))) {
            Object[] key = Arrays.copyOfRange(row, 0, keys);
            Object[] stored = Arrays.copyOfRange(row, keys, keys + measures);
            Object[] fresh = Arrays.copyOfRange(row, keys + measures, keys + 2 * measures);
            differences.add(new FigureDifference(table, describe(summary.keys(), key),
                    allZero(stored) ? "no row" : describe(summary.measures(), stored),
                    allZero(fresh) ? "no row" : describe(summary.measures(), fresh)));
        }
        return differences;
    }

    /**
     * Runs a statement over every source row, which takes minutes at a million invoices, with the connection's
     * socket timeout lifted to {@link #LONG_STATEMENT} and put back after: the pool's 60 s there is to notice a
     * database that went silent under a page, not to cut an operator's command short.
     */
    private <T> T allowingMinutes(java.util.function.Supplier<T> statement) {
        LongStatements lifted;
        try {
            lifted = LongStatements.allowing(em.unwrap(Connection.class), LONG_STATEMENT);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lift the connection's timeout for a long statement", e);
        }
        try (lifted) {
            return statement.get();
        }
    }

    /**
     * The keys, the stored measures and the recomputed ones, of the rows where any measure differs. A row that is
     * all zero on one side and absent on the other agrees, as the summaries drop (or never make) such rows.
     */
    static String comparison(Summary summary, int limit) {
        String keys = String.join(", ", summary.keys());
        StringJoiner columns = new StringJoiner(", ");
        summary.keys().forEach(columns::add);
        summary.measures().forEach(columns::add);
        StringJoiner storedSide = new StringJoiner(", ");
        StringJoiner freshSide = new StringJoiner(", ");
        StringJoiner storedSums = new StringJoiner(", ");
        StringJoiner freshSums = new StringJoiner(", ");
        StringJoiner differs = new StringJoiner(" OR ");
        for (int i = 0; i < summary.measures().size(); i++) {
            String measure = summary.measures().get(i);
            storedSide.add(measure + " AS s" + i).add("0 AS f" + i);
            freshSide.add("0").add(measure);
            storedSums.add("SUM(s" + i + ")");
            freshSums.add("SUM(f" + i + ")");
            differs.add("SUM(s" + i + ") <> SUM(f" + i + ")");
        }
        return "WITH fresh (" + columns + ") AS (" + summary.select("1 = 1") + ")"
                + " SELECT " + keys + ", " + storedSums + ", " + freshSums + " FROM ("
                + "SELECT " + keys + ", " + storedSide + " FROM " + summary.table()
                + " UNION ALL SELECT " + keys + ", " + freshSide + " FROM fresh) both_sides"
                + " GROUP BY " + keys + " HAVING " + differs + " LIMIT " + limit;
    }

    private static boolean allZero(Object[] measures) {
        for (Object measure : measures) {
            if (measure != null && new BigDecimal(measure.toString()).signum() != 0) {
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
}
