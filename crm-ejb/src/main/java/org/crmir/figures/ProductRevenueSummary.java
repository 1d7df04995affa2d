package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue of issued invoices' lines, before tax and after discount, and the quantity sold, per currency, owner,
 * month of issue, client segment ('' for none) and product (0 for a line without one) (fig_revenue_products).
 * Segments are compared exactly (binary), so that "Retail" and "retail" stay apart in the table as in the check.
 */
@ApplicationScoped
public class ProductRevenueSummary extends GroupedSummary {

    public ProductRevenueSummary() {
        super("fig_revenue_products", FigureSource.INVOICE, "invoices src JOIN clients c ON c.id = src.client_id"
                        + " JOIN invoice_lines l ON l.invoice_id = src.id",
                "src.status NOT IN ('DRAFT', 'VOID')",
                List.of(new Column("currency", "src.currency"), new Column("owner_id", OWNER),
                        new Column("month", monthOf("src.issue_date")),
                        new Column("segment", "COALESCE(c.segment, '') COLLATE utf8mb4_bin"),
                        new Column("product_id", "COALESCE(l.product_id, 0)")),
                List.of(new Column("net_amount", "SUM(l.line_subtotal - l.line_discount)"),
                        new Column("quantity", "SUM(l.quantity)")));
    }
}
