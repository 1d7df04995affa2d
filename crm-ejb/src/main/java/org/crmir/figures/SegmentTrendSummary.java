package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Revenue and quantity of issued invoices' lines per month of issue, currency, owner and client segment ('' for
 * none) (fig_revenue_segment_months), for the analytics trends by segment and, summed over segments, by owner.
 * Segments are compared exactly (binary), so that "Retail" and "retail" stay apart in the table as in the check.
 */
@ApplicationScoped
public class SegmentTrendSummary extends GroupedSummary {

    public SegmentTrendSummary() {
        super("fig_revenue_segment_months", FigureSource.INVOICE, LINES, ISSUED,
                List.of(new Column("month", monthOf("src.issue_date")), new Column("currency", "src.currency"),
                        new Column("owner_id", OWNER),
                        new Column("segment", "COALESCE(c.segment, '') COLLATE utf8mb4_bin")),
                LINE_REVENUE);
    }
}
