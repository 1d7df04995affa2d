package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Invoices issued per currency and day over all owners (fig_invoices_issued_totals): everyone's invoicing this
 * month and over the DSO window read a row per day, where {@link IssuedInvoicesSummary} has one per owner too.
 */
@ApplicationScoped
public class IssuedTotalsSummary extends GroupedSummary {

    public IssuedTotalsSummary() {
        super("fig_invoices_issued_totals", FigureSource.INVOICE, INVOICES, ISSUED,
                List.of(new Column("currency", "src.currency"), new Column("issue_date", "src.issue_date")),
                IssuedInvoicesSummary.MEASURES);
    }

    /** The table to read for a scope: an owner's rows, or the totals for everyone. */
    static String tableFor(FigureScope scope) {
        return scope.ownerId() == null ? "fig_invoices_issued_totals" : "fig_invoices_issued";
    }
}
