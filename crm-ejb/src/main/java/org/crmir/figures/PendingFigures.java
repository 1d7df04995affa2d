package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The summary rows' changes between their business transaction and the summary tables. A business transaction
 * {@link #record}s its changes in {@code fig_pending}, one insert; {@link #foldBatch} adds a batch of them to the
 * summary tables and deletes them in one transaction, so each change is added once, after its commit. Folds take
 * turns on the {@code fig_fold} row, on every node. Before, each business transaction upserted the summary rows
 * itself and held them locked until its commit: every payment of a day queued on the same collection rows.
 */
@ApplicationScoped
public class PendingFigures {

    /** The most changes one fold reads: a fold's transaction stays short even after a client's owner moved. */
    static final int BATCH_ROWS = 2_000;

    @Inject
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    FigureFolding folding;

    @Inject
    Event<FiguresMoved> moved;

    /** Records these changes of summary rows, to be added once this transaction has committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(List<Contributions.Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        for (int start = 0; start < deltas.size(); start += Figures.CHUNK_ROWS) {
            List<Contributions.Delta> chunk = deltas.subList(start, Math.min(deltas.size(), start + Figures.CHUNK_ROWS));
            Query insert = em.createNativeQuery("INSERT INTO fig_pending (summary_table, key_values, measures) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")));
            int position = 1;
            for (Contributions.Delta delta : chunk) {
                insert.setParameter(position++, delta.summary().table());
                insert.setParameter(position++, PendingRow.encodeKey(delta.key()));
                insert.setParameter(position++, PendingRow.encodeMeasures(delta.measures()));
            }
            insert.executeUpdate();
        }
        folding.recording();
    }

    /**
     * Adds the oldest pending changes (at most {@link #BATCH_ROWS}) to the summary tables and deletes them, in a
     * transaction of its own; returns how many it folded. Changes of the same summary row are summed first, so a
     * day's hundred payments move its collection row once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int foldBatch() {
        if (em.createNativeQuery("SELECT id FROM fig_pending LIMIT 1").getResultList().isEmpty()) {
            return 0; // a fold under way has not committed its deletes, so this sees its rows and waits for it
        }
        takeTurn();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, summary_table, key_values, measures FROM fig_pending"
                + " ORDER BY id LIMIT " + BATCH_ROWS).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        // Sorted by table, then key: one order for every fold, the rows of one table in one run.
        Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>();
        List<Object> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            BigDecimal[] change = PendingRow.decodeMeasures((String) row[3]);
            sums.computeIfAbsent((String) row[1], table -> new TreeMap<>()).merge((String) row[2], change,
                    PendingFigures::plus);
        }
        EnumSet<FigureSource> sources = EnumSet.noneOf(FigureSource.class);
        for (Map.Entry<String, Map<String, BigDecimal[]>> table : sums.entrySet()) {
            Summary summary = figures.summary(table.getKey());
            List<Contributions.Delta> deltas = new ArrayList<>();
            table.getValue().forEach((key, change) -> {
                if (moves(change)) {
                    deltas.add(new Contributions.Delta(summary, PendingRow.decodeKey(key), change));
                }
            });
            for (int start = 0; start < deltas.size(); start += Figures.CHUNK_ROWS) {
                upsert(summary, deltas.subList(start, Math.min(deltas.size(), start + Figures.CHUNK_ROWS)));
            }
            if (!deltas.isEmpty()) {
                sources.add(summary.source());
            }
        }
        for (int start = 0; start < ids.size(); start += Figures.CHUNK_ROWS) {
            List<Object> chunk = ids.subList(start, Math.min(ids.size(), start + Figures.CHUNK_ROWS));
            figures.update("DELETE FROM fig_pending WHERE id IN (" + placeholders(chunk.size()) + ")", chunk);
        }
        sources.forEach(source -> moved.fire(new FiguresMoved(source)));
        return rows.size();
    }

    /**
     * Before a table is filled again from its source rows: its pending changes are in those rows already. Waits
     * for a fold under way, and holds folds off until the rebuild commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void dropFor(Summary summary) {
        takeTurn();
        figures.update("DELETE FROM fig_pending WHERE summary_table = ?", List.of(summary.table()));
    }

    /** Waits for the fold under way anywhere, then holds the turn until this transaction ends. */
    private void takeTurn() {
        em.createNativeQuery("SELECT id FROM fig_fold WHERE id = 1 FOR UPDATE").getResultList();
    }

    /**
     * Adds the rows' changes (at most {@link Figures#CHUNK_ROWS}) in one statement; then, for a table that drops
     * empty rows, deletes those of them that came back to zero in one more.
     */
    private void upsert(Summary summary, List<Contributions.Delta> deltas) {
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner additions = new StringJoiner(", ");
        summary.keys().forEach(columns::add);
        for (String measure : summary.measures()) {
            columns.add(measure);
            additions.add(measure + " = " + measure + " + VALUES(" + measure + ")");
        }
        String row = "(" + placeholders(summary.keys().size() + summary.measures().size()) + ")";
        List<Object> values = new ArrayList<>();
        for (Contributions.Delta delta : deltas) {
            values.addAll(delta.key());
            values.addAll(List.of(delta.measures()));
        }
        figures.update("INSERT INTO " + summary.table() + " (" + columns + ") VALUES "
                + String.join(", ", Collections.nCopies(deltas.size(), row)) + " ON DUPLICATE KEY UPDATE " + additions,
                values);
        if (summary.dropsEmptyRows()) {
            StringJoiner zero = new StringJoiner(" AND ");
            summary.measures().forEach(measure -> zero.add(measure + " = 0"));
            List<Object> keys = new ArrayList<>();
            deltas.forEach(delta -> keys.addAll(delta.key()));
            figures.update("DELETE FROM " + summary.table() + " WHERE " + keyed(summary.keys(), deltas.size())
                    + " AND " + zero, keys);
        }
    }

    /**
     * The rows of {@code count} keys: {@code (k1, k2) IN ((?, ?), ...)}, and one row as its key's equalities, since
     * MariaDB (10.11) reads an IN of a single row, or a row equality, by scanning the table, which locks every row
     * of it in a DELETE (EXPLAIN says ALL; the demo load deadlocked on it).
     */
    private static String keyed(List<String> keys, int count) {
        if (count == 1) {
            StringJoiner equal = new StringJoiner(" AND ", "(", ")");
            keys.forEach(key -> equal.add(key + " = ?"));
            return equal.toString();
        }
        String row = "(" + placeholders(keys.size()) + ")";
        return "(" + String.join(", ", keys) + ") IN (" + String.join(", ", Collections.nCopies(count, row)) + ")";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static BigDecimal[] plus(BigDecimal[] sum, BigDecimal[] change) {
        BigDecimal[] total = new BigDecimal[sum.length];
        for (int i = 0; i < sum.length; i++) {
            total[i] = sum[i].add(change[i]);
        }
        return total;
    }

    private static boolean moves(BigDecimal[] change) {
        for (BigDecimal measure : change) {
            if (measure.signum() != 0) {
                return true;
            }
        }
        return false;
    }
}
