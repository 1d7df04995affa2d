package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Open invoices at their outstanding amount per currency and due date over all owners (fig_receivables_totals):
 * everyone's aging and outstanding read a row per due date, not one per owner and due date.
 */
@ApplicationScoped
public class ReceivablesTotalsSummary extends GroupedSummary {

    public ReceivablesTotalsSummary() {
        super("fig_receivables_totals", FigureSource.INVOICE, INVOICES, ReceivablesSummary.OPEN,
                List.of(new Column("currency", "src.currency"), new Column("due_date", "src.due_date")),
                ReceivablesSummary.OPEN_MEASURES);
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // rows of paid-up days would otherwise pile up and slow every read
    }

    /** The table to read for a scope: an owner's rows, or the totals for everyone. */
    static String tableFor(FigureScope scope) {
        return scope.ownerId() == null ? "fig_receivables_totals" : "fig_receivables";
    }
}
