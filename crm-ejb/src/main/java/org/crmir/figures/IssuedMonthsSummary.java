package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Invoices issued (neither draft nor void) per month, currency and owner (fig_invoices_issued_months): the
 * 12-month chart and the analytics trends read a row per month where the daily table has thirty. */
@ApplicationScoped
public class IssuedMonthsSummary extends GroupedSummary {

    public IssuedMonthsSummary() {
        super("fig_invoices_issued_months", FigureSource.INVOICE, INVOICES, ISSUED,
                List.of(new Column("month", monthOf("src.issue_date")), new Column("currency", "src.currency"),
                        new Column("owner_id", OWNER)),
                List.of(new Column("issued_count", "COUNT(*)"), new Column("issued_amount", "SUM(src.total)")));
    }
}
