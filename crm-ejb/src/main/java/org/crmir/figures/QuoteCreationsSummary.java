package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Quotes per day of creation and the status each has now (fig_quote_created): the quote funnel of a period. */
@ApplicationScoped
public class QuoteCreationsSummary implements Summary {

    @Override
    public String table() {
        return "fig_quote_created";
    }

    @Override
    public FigureSource source() {
        return FigureSource.QUOTE;
    }

    @Override
    public List<String> keys() {
        return List.of("created_on", "status", "currency", "owner_id");
    }

    @Override
    public List<String> measures() {
        return List.of("quote_count", "quote_value");
    }

    @Override
    public boolean dropsEmptyRows() {
        return true; // read by ranges of days, and rows empty as statuses move on
    }

    @Override
    public String select(String where) {
        return "SELECT DATE(src.created_at), src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*),"
                + " SUM(src.total)"
                + " FROM quotes src JOIN clients c ON c.id = src.client_id WHERE (" + where + ")"
                + " GROUP BY DATE(src.created_at), src.status, src.currency, COALESCE(c.owner_id, 0)";
    }
}
