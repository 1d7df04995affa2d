package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue and quantity of issued invoices' lines per month of issue, currency and product, over all owners
 * (fig_revenue_product_totals): everyone's trend by product reads a row per product and month, where
 * {@link ProductTrendSummary} has one per owner too.
 */
@ApplicationScoped
public class ProductTotalsSummary extends GroupedSummary {

    public ProductTotalsSummary() {
        super("fig_revenue_product_totals", FigureSource.INVOICE, LINES, ISSUED,
                List.of(new Column("month", monthOf("src.issue_date")), new Column("currency", "src.currency"),
                        new Column("product_id", PRODUCT)),
                LINE_REVENUE);
    }
}
