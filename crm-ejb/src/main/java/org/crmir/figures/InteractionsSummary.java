package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Interactions per day, channel, direction and delivery status, by the owner of their client (fig_interactions):
 * the week by channel, failed messages, communication volume. An e-mail moves from queued to sent (or failed), a
 * move between two of the day's rows, so the rows are spread over {@link #SLOTS}. The status kept is the one the
 * figures count ({@link #countedStatus}).
 */
@ApplicationScoped
public class InteractionsSummary extends GroupedSummary {

    public InteractionsSummary() {
        super("fig_interactions", FigureSource.INTERACTION, INTERACTIONS, "1 = 1",
                List.of(new Column("occurred_on", "DATE(src.occurred_at)"), new Column("channel", "src.channel"),
                        new Column("direction", "src.direction"), new Column("status", COUNTED_STATUS),
                        new Column("owner_id", OWNER), SLOT),
                List.of(new Column("interaction_count", "COUNT(*)")));
    }

    /**
     * The status the figures count an interaction's as: SENDING is a QUEUED message being handed to the mail
     * server, a moment no figure tells apart (they count messages sent, failed, and the rest). So the dispatcher's
     * claim and a retry after a transient failure move no figure, and read none ({@link Figures#changingStatus}):
     * a third of an e-mail's figure upkeep (docs/PERFORMANCE-webhooks.md).
     */
    public static String countedStatus(String status) {
        return "SENDING".equals(status) ? "QUEUED" : status;
    }

    @Override
    public String countedAs(String status) {
        return countedStatus(status);
    }

    /** {@link #countedStatus} in SQL, of the interaction {@code src}. */
    static final String COUNTED_STATUS = "CASE src.status WHEN 'SENDING' THEN 'QUEUED' ELSE src.status END";

    @Override
    public boolean dropsEmptyRows() {
        return true; // read by ranges of days, and rows empty as statuses move on
    }
}
