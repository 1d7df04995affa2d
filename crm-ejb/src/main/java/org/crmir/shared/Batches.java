package org.crmir.shared;

import java.util.function.IntSupplier;

/**
 * Work done in bounded batches, so that no single query loads a long backlog at once. The batches run in the
 * caller's transaction: a timer's run commits all of them or none.
 */
public final class Batches {

    private Batches() {
    }

    /** Calls {@code batch} (which returns how many it handled) until it handles none; returns the sum. */
    public static int untilNoneLeft(IntSupplier batch) {
        int total = 0;
        int handled;
        do {
            handled = batch.getAsInt();
            total += handled;
        } while (handled > 0);
        return total;
    }
}
