package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Invoices settled (PAID), per currency, owner and month settled: how many, their total, and their days from
 * issue to settlement added up, for the average days to pay; paid in advance counts 0 days (fig_invoices_settled).
 */
@ApplicationScoped
public class SettledInvoicesSummary extends GroupedSummary {

    public SettledInvoicesSummary() {
        super("fig_invoices_settled", FigureSource.INVOICE, INVOICES,
                "src.status = 'PAID' AND src.paid_on IS NOT NULL",
                List.of(new Column("currency", "src.currency"), new Column("owner_id", OWNER),
                        new Column("month", monthOf("src.paid_on"))),
                List.of(new Column("settled_count", "COUNT(*)"), new Column("settled_amount", "SUM(src.total)"),
                        new Column("days_to_pay", "SUM(GREATEST(DATEDIFF(src.paid_on, src.issue_date), 0))")));
    }
}
