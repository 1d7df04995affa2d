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
     * How this summary counts a row of its source in {@code status} (the status's name): statuses it counts alike
     * answer the same, one it leaves out answers null. A change of nothing but a row's status then reads only the
     * summaries that tell its two statuses apart ({@link Figures#changingStatus}). By default every status is its
     * own, which is right for any summary, only not the cheapest.
     */
    default String countedAs(String status) {
        return status;
    }

    /** Whether a row moving between these two statuses, and changing nothing else this summary reads, moves it. */
    default boolean tellsApart(String from, String to) {
        return !java.util.Objects.equals(countedAs(from), countedAs(to));
    }

    /**
     * Whether money paid on an invoice (a payment allocated or taken back) can move this summary, of the invoice
     * or of the payment. False only where that is certain, so that a payment reads before and after just the
     * summaries it can move.
     */
    default boolean movesWhenPaid() {
        return true;
    }
}
