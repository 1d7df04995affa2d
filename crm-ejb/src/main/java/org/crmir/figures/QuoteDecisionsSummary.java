package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Quotes decided per day and outcome (accepted, declined, expired, or converted after acceptance), with their value
 * and the days from sending to the decision summed (fig_quote_decisions): win rate and days to accept.
 */
@ApplicationScoped
public class QuoteDecisionsSummary implements Summary {

    @Override
    public String table() {
        return "fig_quote_decisions";
    }

    @Override
    public FigureSource source() {
        return FigureSource.QUOTE;
    }

    @Override
    public List<String> keys() {
        return List.of("decided_on", "outcome", "currency", "owner_id");
    }

    @Override
    public List<String> measures() {
        return List.of("quote_count", "quote_value", "decision_days");
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // read by ranges of days, and rows empty as statuses move on
    }

    @Override
    public String select(String where) {
        return "SELECT DATE(src.decided_at), src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*),"
                + " SUM(src.total),"
                // A decision dated before the sending (a clock set back, imported data) counts as the same day:
                // days to accept are never negative, and one such quote must not fail everyone's dashboard.
                + " SUM(GREATEST(COALESCE(DATEDIFF(src.decided_at, src.sent_at), 0), 0))"
                + " FROM quotes src JOIN clients c ON c.id = src.client_id WHERE (" + where + ")"
                + " AND src.status IN ('ACCEPTED', 'DECLINED', 'EXPIRED', 'CONVERTED')"
                + " AND src.decided_at IS NOT NULL"
                + " GROUP BY DATE(src.decided_at), src.status, src.currency, COALESCE(c.owner_id, 0)";
    }
}
