package org.crmir.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two snapshots of a record and lists the fields whose values differ. */
public final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * The fields that differ between {@code before} and {@code after}, in the order the snapshots list them.
     * An empty map stands for "did not exist", so a create lists every non-null field.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(blankAsNull(old), blankAsNull(now))) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
