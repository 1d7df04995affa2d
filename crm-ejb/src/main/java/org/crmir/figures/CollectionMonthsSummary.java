package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Money received that counts, per month, currency and owner (fig_collections_months): the month tiles, the
 * 12-month chart and the analytics trends, where {@link CollectionsSummary} keeps days, methods and kinds. */
@ApplicationScoped
public class CollectionMonthsSummary extends GroupedSummary {

    public CollectionMonthsSummary() {
        super("fig_collections_months", FigureSource.PAYMENT, CollectionsSummary.PAYMENTS, CollectionsSummary.COUNTED,
                List.of(new Column("month", monthOf("src.received_on")), new Column("currency", "src.currency"),
                        new Column("owner_id", OWNER), SLOT),
                CollectionsSummary.MEASURES);
    }
}
