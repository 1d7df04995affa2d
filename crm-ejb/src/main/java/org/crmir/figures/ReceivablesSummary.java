package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Open invoices at their outstanding amount, per currency, owner and due date (fig_receivables). */
@ApplicationScoped
public class ReceivablesSummary extends GroupedSummary {

    /** Invoices with money still to come. */
    static final String OPEN = "src.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')";
    /** How many are open and what is still owed on them. */
    static final List<Column> OPEN_MEASURES = List.of(new Column("open_count", "COUNT(*)"),
            new Column("open_amount", "SUM(src.total - src.credited_total - src.paid_total)"));

    public ReceivablesSummary() {
        super("fig_receivables", FigureSource.INVOICE, INVOICES, OPEN, List.of(new Column("currency", "src.currency"),
                new Column("owner_id", OWNER), new Column("due_date", "src.due_date")), OPEN_MEASURES);
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // rows of paid-up days would otherwise pile up and slow every read
    }
}
