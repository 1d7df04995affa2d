package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Open invoices at their outstanding amount, per currency, owner and due date (fig_receivables). */
@ApplicationScoped
public class ReceivablesSummary implements Summary {

    @Override
    public String table() {
        return "fig_receivables";
    }

    @Override
    public FigureSource source() {
        return FigureSource.INVOICE;
    }

    @Override
    public List<String> keys() {
        return List.of("currency", "owner_id", "due_date");
    }

    @Override
    public List<String> measures() {
        return List.of("open_count", "open_amount");
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // rows of paid-up days would otherwise pile up and slow every read
    }

    @Override
    public String select(String where) {
        return "SELECT src.currency, COALESCE(c.owner_id, 0), src.due_date, COUNT(*),"
                + " SUM(src.total - src.credited_total - src.paid_total)"
                + " FROM invoices src JOIN clients c ON c.id = src.client_id"
                + " WHERE (" + where + ") AND src.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')"
                + " GROUP BY src.currency, COALESCE(c.owner_id, 0), src.due_date";
    }
}
