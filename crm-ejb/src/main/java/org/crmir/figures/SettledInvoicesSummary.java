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
                        new Column("month", monthOf("src.paid_on")), SLOT),
                List.of(new Column("settled_count", "COUNT(*)"), new Column("settled_amount", "SUM(src.total)"),
                        new Column("days_to_pay", "SUM(" + daysToPay("src") + ")")));
    }

    /**
     * The days from issue to settlement of the invoice {@code alias}, as the dashboard and the collection report
     * both count them: paid in advance counts 0 days, not fewer.
     */
    public static String daysToPay(String alias) {
        return "GREATEST(DATEDIFF(" + alias + ".paid_on, " + alias + ".issue_date), 0)";
    }
}
