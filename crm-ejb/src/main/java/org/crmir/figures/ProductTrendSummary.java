package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Revenue and quantity of issued invoices' lines per month of issue, currency, owner and product
 * (fig_revenue_product_months), for the analytics trend by product. */
@ApplicationScoped
public class ProductTrendSummary extends GroupedSummary {

    public ProductTrendSummary() {
        super("fig_revenue_product_months", FigureSource.INVOICE, LINES, ISSUED,
                List.of(new Column("month", monthOf("src.issue_date")), new Column("currency", "src.currency"),
                        new Column("owner_id", OWNER), new Column("product_id", PRODUCT)),
                LINE_REVENUE);
    }
}
