package org.crmir.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a file with a mapping would do: what keeps it from being imported at all ({@code gaps}), and the
 * verdict on each row.
 */
public record ImportPreview(List<String> gaps, List<RowCheck> checks) implements Serializable {

    public ImportPreview {
        gaps = List.copyOf(gaps);
        checks = List.copyOf(checks);
    }

    public long count(RowStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** Whether the import may start: the mapping is complete and at least one row is ready. */
    public boolean importable() {
        return gaps.isEmpty() && count(RowStatus.READY) > 0;
    }
}
