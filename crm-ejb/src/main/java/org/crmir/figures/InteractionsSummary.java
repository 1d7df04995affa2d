package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Interactions per day, channel, direction and delivery status, by the owner of their client (fig_interactions):
 * the week by channel, failed messages, communication volume.
 */
@ApplicationScoped
public class InteractionsSummary implements Summary {

    @Override
    public String table() {
        return "fig_interactions";
    }

    @Override
    public FigureSource source() {
        return FigureSource.INTERACTION;
    }

    @Override
    public List<String> keys() {
        return List.of("occurred_on", "channel", "direction", "status", "owner_id", GroupedSummary.SLOT.name());
    }

    @Override
    public List<String> measures() {
        return List.of("interaction_count");
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // read by ranges of days, and rows empty as statuses move on
    }

    @Override
    public String select(String where) {
        // An e-mail moves through three statuses, each a move between two of the day's rows: spread over slots.
        return "SELECT DATE(src.occurred_at), src.channel, src.direction, src.status, COALESCE(c.owner_id, 0), "
                + GroupedSummary.SLOT.expression() + ", COUNT(*) FROM " + GroupedSummary.INTERACTIONS
                + " WHERE (" + where + ") GROUP BY 1, 2, 3, 4, 5, 6";
    }
}
