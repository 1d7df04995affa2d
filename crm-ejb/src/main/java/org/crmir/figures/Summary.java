package org.crmir.figures;

import java.util.List;

/**
 * One summary table: what each row of its {@link #source()} contributes, written once as SQL. The same select
 * keeps the table up to date (run for the changed rows before and after a change), rebuilds it (run for all rows)
 * and checks it, so the three cannot disagree. Implementations are {@code @ApplicationScoped} beans; CDI finds them.
 */
public interface Summary {

    /** The summary table, {@code fig_...}. */
    String table();

    FigureSource source();

    /** The table's key columns (its primary key), in the order {@link #select} returns them. */
    List<String> keys();

    /** The columns that add up, in the order {@link #select} returns them after the keys. */
    List<String> measures();

    /**
     * Whether a row whose measures all come back to zero is deleted, for tables read by ranges of their keys
     * (a row per past day would pile up). Tables read by exact keys keep them: deleting costs a statement.
     */
    default boolean dropsEmptyRows() {
        return false;
    }

    /**
     * {@code SELECT <keys>, <measures> FROM <source> src ... WHERE (<where>) AND ... GROUP BY <keys>}: the source
     * table aliased {@code src}; the client, where joined, {@code c}, with the owner as
     * {@code COALESCE(c.owner_id, 0)}. {@code where} is a condition on {@code src} given by the caller.
     */
    String select(String where);

    /**
     * Whether money paid on an invoice (a payment allocated or taken back) can move this summary, of the invoice
     * or of the payment. False only where that is certain, so that a payment reads before and after just the
     * summaries it can move.
     */
    default boolean movesWhenPaid() {
        return true;
    }
}
