package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue of issued invoices' lines, before tax and after discount, and the quantity sold, per year, currency,
 * owner and product (0 for a line without one) (fig_product_revenue): a year's top products read that year's few
 * thousand rows, as {@link ClientRevenueSummary} does for clients.
 */
@ApplicationScoped
public class ProductRevenueSummary extends GroupedSummary {

    public ProductRevenueSummary() {
        super("fig_product_revenue", FigureSource.INVOICE, LINES, ISSUED,
                List.of(new Column("year", "YEAR(src.issue_date)"), new Column("currency", "src.currency"),
                        new Column("owner_id", OWNER), new Column("product_id", PRODUCT)),
                LINE_REVENUE);
    }
}
