package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue and quantity of issued invoices' lines per year, currency and product over all owners
 * (fig_product_revenue_totals): everyone's top products of the year read a row per product, where
 * {@link ProductRevenueSummary} has one per owner too.
 */
@ApplicationScoped
public class ProductYearTotalsSummary extends GroupedSummary {

    public ProductYearTotalsSummary() {
        super("fig_product_revenue_totals", FigureSource.INVOICE, LINES, ISSUED,
                List.of(new Column("year", "YEAR(src.issue_date)"), new Column("currency", "src.currency"),
                        new Column("product_id", PRODUCT)),
                LINE_REVENUE);
    }

    /** The table to read for a scope: an owner's rows, or the totals for everyone. */
    static String tableFor(FigureScope scope) {
        return scope.ownerId() == null ? "fig_product_revenue_totals" : "fig_product_revenue";
    }
}
