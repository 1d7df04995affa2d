package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Invoices issued (neither draft nor void): how many and their total, per currency, owner and day (fig_invoices_issued). */
@ApplicationScoped
public class IssuedInvoicesSummary extends GroupedSummary {

    /** How many were issued and their total: the measures of every invoicing-per-day table. */
    static final List<Column> MEASURES = List.of(new Column("issued_count", "COUNT(*)"),
            new Column("issued_amount", "SUM(src.total)"));

    public IssuedInvoicesSummary() {
        super("fig_invoices_issued", FigureSource.INVOICE, INVOICES, ISSUED,
                List.of(new Column("currency", "src.currency"), new Column("owner_id", OWNER),
                        new Column("issue_date", "src.issue_date")),
                MEASURES);
    }
}
