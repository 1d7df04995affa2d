package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Interactions per month, channel, direction, delivery status (as counted) and owner (fig_interactions_months): the
 * analytics page's communication volume, where {@link InteractionsSummary} keeps days.
 */
@ApplicationScoped
public class InteractionMonthsSummary extends GroupedSummary {

    public InteractionMonthsSummary() {
        super("fig_interactions_months", FigureSource.INTERACTION, INTERACTIONS, "1 = 1",
                List.of(new Column("month", monthOf("DATE(src.occurred_at)")), new Column("channel", "src.channel"),
                        new Column("direction", "src.direction"),
                        new Column("status", InteractionsSummary.COUNTED_STATUS),
                        new Column("owner_id", OWNER), SLOT),
                List.of(new Column("interaction_count", "COUNT(*)")));
    }

    @Override
    public String countedAs(String status) {
        return InteractionsSummary.countedStatus(status);
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // rows empty as statuses move on
    }
}
