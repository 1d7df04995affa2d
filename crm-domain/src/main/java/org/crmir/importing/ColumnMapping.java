package org.crmir.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of the file fills which field of an import. It starts as a guess from the header names, and the user
 * corrects it. A field without a column is left empty (or gets its default).
 */
public final class ColumnMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ImportKind kind;
    private final LinkedHashMap<String, Integer> columns;

    public ColumnMapping(ImportKind kind, Map<String, Integer> columns) {
        this.kind = kind;
        this.columns = new LinkedHashMap<>();
        columns.forEach((key, column) -> {
            if (column != null && column >= 0 && kind.field(key).isPresent()) {
                this.columns.put(key, column);
            }
        });
    }

    /** Each field gets the first column whose header names it and that no earlier field took. */
    public static ColumnMapping guess(ImportKind kind, List<String> header) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (ImportField field : kind.fields()) {
            for (int column = 0; column < header.size(); column++) {
                if (!taken.contains(column) && field.isNamedBy(header.get(column))) {
                    chosen.put(field.key(), column);
                    taken.add(column);
                    break;
                }
            }
        }
        return new ColumnMapping(kind, chosen);
    }

    public ImportKind kind() {
        return kind;
    }

    /** The column that fills {@code key}, or -1 when none does. */
    public int columnOf(String key) {
        return columns.getOrDefault(key, -1);
    }

    public boolean isMapped(String key) {
        return columns.containsKey(key);
    }

    /** A copy of the field → column choices, for a form to edit. */
    public Map<String, Integer> columns() {
        return new LinkedHashMap<>(columns);
    }

    /** What keeps the file from being imported with this mapping, in words; empty when nothing does. */
    public List<String> gaps(List<String> header) {
        List<String> gaps = new ArrayList<>();
        for (ImportField field : kind.fields()) {
            if (field.required() && !isMapped(field.key())) {
                gaps.add("Choose the column that holds " + field.label().toLowerCase(java.util.Locale.ROOT)
                        + ": the file must have one.");
            }
        }
        if (kind == ImportKind.CONTACTS && ImportKind.CONTACT_CLIENT_KEYS.stream().noneMatch(this::isMapped)) {
            gaps.add("Choose the column that names each contact's client: its tax ID, e-mail or name.");
        }
        Map<Integer, String> used = new LinkedHashMap<>();
        columns.forEach((key, column) -> {
            if (column >= header.size()) {
                gaps.add(kind.labelOf(key) + ": the file has no column " + (column + 1) + ".");
            } else if (used.putIfAbsent(column, key) != null) {
                gaps.add("\"" + header.get(column) + "\" is chosen for both " + kind.labelOf(used.get(column))
                        + " and " + kind.labelOf(key) + ".");
            }
        });
        return gaps;
    }
}
