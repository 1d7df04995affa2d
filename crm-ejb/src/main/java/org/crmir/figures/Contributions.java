package org.crmir.figures;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of summary tables as read from a {@link Summary#select}: per table, key values to measures. Keys are
 * normalised (whole numbers as Long, dates as LocalDate) so that a read of the source and a read of the table
 * compare equal; measures compare by value, not scale.
 */
final class Contributions {

    private final Map<Summary, Map<List<Object>, BigDecimal[]>> rows = new LinkedHashMap<>();

    /** Adds the rows of a select over {@code summary}: its keys, then its measures. */
    void add(Summary summary, List<Object[]> selected) {
        Map<List<Object>, BigDecimal[]> table = rows.computeIfAbsent(summary, s -> new HashMap<>());
        int keys = summary.keys().size();
        int measures = summary.measures().size();
        for (Object[] row : selected) {
            List<Object> key = new ArrayList<>(keys);
            for (int i = 0; i < keys; i++) {
                key.add(normalised(row[i]));
            }
            BigDecimal[] sum = table.computeIfAbsent(key, k -> zeros(measures));
            for (int i = 0; i < measures; i++) {
                sum[i] = sum[i].add(decimal(row[keys + i]));
            }
        }
    }

    /** What {@code after} has more than this, per row, leaving out rows that did not move. */
    List<Delta> towards(Contributions after) {
        List<Delta> deltas = new ArrayList<>();
        java.util.Set<Summary> summaries = new java.util.LinkedHashSet<>(rows.keySet());
        summaries.addAll(after.rows.keySet());
        for (Summary summary : summaries) {
            Map<List<Object>, BigDecimal[]> was = rows.getOrDefault(summary, Map.of());
            Map<List<Object>, BigDecimal[]> now = after.rows.getOrDefault(summary, Map.of());
            java.util.Set<List<Object>> keys = new java.util.HashSet<>(was.keySet());
            keys.addAll(now.keySet());
            for (List<Object> key : keys) {
                BigDecimal[] from = was.getOrDefault(key, zeros(summary.measures().size()));
                BigDecimal[] to = now.getOrDefault(key, zeros(summary.measures().size()));
                BigDecimal[] change = new BigDecimal[to.length];
                boolean moved = false;
                for (int i = 0; i < to.length; i++) {
                    change[i] = to[i].subtract(from[i]);
                    moved |= change[i].signum() != 0;
                }
                if (moved) {
                    deltas.add(new Delta(summary, key, change));
                }
            }
        }
        // No order needed: a change only records its deltas; folds, one at a time, write them in their own order.
        return deltas;
    }

    /** The rows of one table that are not all zero. */
    Map<List<Object>, BigDecimal[]> of(Summary summary) {
        Map<List<Object>, BigDecimal[]> nonZero = new HashMap<>();
        rows.getOrDefault(summary, Map.of()).forEach((key, measures) -> {
            for (BigDecimal measure : measures) {
                if (measure.signum() != 0) {
                    nonZero.put(key, measures);
                    return;
                }
            }
        });
        return nonZero;
    }

    /** One summary row's change. */
    record Delta(Summary summary, List<Object> key, BigDecimal[] measures) {
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    static Object normalised(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime().toLocalDate();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof java.math.BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof LocalDate || value instanceof String || value == null) {
            return value;
        }
        if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return decimal.longValueExact();
        }
        return value;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
