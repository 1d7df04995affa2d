package org.crmir.importing;

import java.io.Serializable;
import java.util.List;

/**
 * One kind of import: reads and checks rows (with the lookups the check needs done in batches, never one query a
 * row) and creates a ready row's record through the feature's own service.
 *
 * @param <D> the draft a ready row becomes
 */
interface RowImporter<D> {

    /** A row's verdict and, when it is ready, its draft. */
    record Outcome<D>(RowCheck check, D draft) implements Serializable {

        boolean ready() {
            return check.status() == RowStatus.READY;
        }
    }

    ImportKind kind();

    /**
     * The verdict on each of {@code rows}, in order: errors first, then duplicates of what is stored and of an
     * earlier row among them.
     */
    List<Outcome<D>> check(List<CsvTable.Row> rows, ColumnMapping mapping);

    /** Creates the record of a ready row, in the caller's transaction. */
    void create(D draft);
}
