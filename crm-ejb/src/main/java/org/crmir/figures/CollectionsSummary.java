package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Money received that counts (recorded, not voided): payments, and refunds as negative amounts, per currency,
 * owner, day, method and kind (fig_collections). A payment adds to one of its day's {@link #SLOTS} rows: they are
 * shared by the day's payments, which queue on each briefly, in the order {@link Figures} upserts.
 */
@ApplicationScoped
public class CollectionsSummary extends GroupedSummary {

    static final String PAYMENTS = "payments src JOIN clients c ON c.id = src.client_id";
    /** Payments and refunds that count: recorded, not voided. */
    static final String COUNTED = "src.status = 'RECORDED'";
    static final List<Column> MEASURES = List.of(new Column("payment_count", "COUNT(*)"),
            new Column("amount", "SUM(src.amount)"));

    public CollectionsSummary() {
        super("fig_collections", FigureSource.PAYMENT, PAYMENTS, COUNTED,
                List.of(new Column("currency", "src.currency"), new Column("owner_id", OWNER),
                        new Column("received_on", "src.received_on"), new Column("method", "src.method"),
                        new Column("kind", "src.kind"), SLOT),
                MEASURES);
    }
}
