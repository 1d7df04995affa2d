package org.crmir.figures;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every few seconds on every node: folds what no commit on this node will fold, the changes of a node that
 * stopped before its fold, and those of a fold that failed. Usually finds nothing: one plain read of an empty table.
 */
@Singleton
public class FigureFoldSweep {

    @Inject
    FigureFolding folding;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "pending figures")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        folding.foldInBackground();
    }
}
