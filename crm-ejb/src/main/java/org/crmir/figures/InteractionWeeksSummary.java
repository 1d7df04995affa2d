package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Interactions per week (its Monday), channel and owner (fig_interactions_weeks): the dashboard's week and weeks by
 * channel, where {@link InteractionsSummary} keeps a row per day, direction and delivery status as well.
 */
@ApplicationScoped
public class InteractionWeeksSummary extends GroupedSummary {

    /** The Monday of the week an interaction happened in. */
    static final String WEEK = "DATE(src.occurred_at) - INTERVAL WEEKDAY(src.occurred_at) DAY";

    public InteractionWeeksSummary() {
        super("fig_interactions_weeks", FigureSource.INTERACTION, INTERACTIONS, "1 = 1",
                List.of(new Column("week_start", WEEK), new Column("channel", "src.channel"),
                        new Column("owner_id", OWNER)),
                List.of(new Column("interaction_count", "COUNT(*)")));
    }

    /** Every status alike: an e-mail's delivery moves none of its rows. */
    @Override
    public String countedAs(String status) {
        return "";
    }
}
