package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Interactions per day, channel, direction and delivery status, by the owner of their client (fig_interactions):
 * the week by channel, failed messages, communication volume. An e-mail moves through three statuses, each a move
 * between two of the day's rows, so the rows are spread over {@link #SLOTS}.
 */
@ApplicationScoped
public class InteractionsSummary extends GroupedSummary {

    public InteractionsSummary() {
        super("fig_interactions", FigureSource.INTERACTION, INTERACTIONS, "1 = 1",
                List.of(new Column("occurred_on", "DATE(src.occurred_at)"), new Column("channel", "src.channel"),
                        new Column("direction", "src.direction"), new Column("status", "src.status"),
                        new Column("owner_id", OWNER), SLOT),
                List.of(new Column("interaction_count", "COUNT(*)")));
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // read by ranges of days, and rows empty as statuses move on
    }
}
