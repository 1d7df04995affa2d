package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Credit notes: how many and their amount, per currency, owner and day (fig_credit_notes). */
@ApplicationScoped
public class CreditNotesSummary extends GroupedSummary {

    public CreditNotesSummary() {
        super("fig_credit_notes", FigureSource.CREDIT_NOTE, "credit_notes src JOIN clients c ON c.id = src.client_id",
                "1 = 1",
                List.of(new Column("currency", "src.currency"), new Column("owner_id", OWNER),
                        new Column("issue_date", "src.issue_date")),
                List.of(new Column("credit_count", "COUNT(*)"), new Column("credit_amount", "SUM(src.amount)")));
    }
}
