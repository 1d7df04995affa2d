package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue (before tax, after discount) and invoices issued per year, currency, owner and client
 * (fig_client_revenue): a year's top clients are the first rows of an index on the amount.
 */
@ApplicationScoped
public class ClientRevenueSummary extends GroupedSummary {

    public ClientRevenueSummary() {
        super("fig_client_revenue", FigureSource.INVOICE, INVOICES, ISSUED,
                List.of(new Column("year", "YEAR(src.issue_date)"), new Column("currency", "src.currency"),
                        new Column("owner_id", OWNER), new Column("client_id", "src.client_id")),
                List.of(new Column("invoice_count", "COUNT(*)"),
                        new Column("net_amount", "SUM(src.subtotal - src.discount_total)")));
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // a client moved to another owner leaves an empty row, which the top-10 index would read
    }
}
