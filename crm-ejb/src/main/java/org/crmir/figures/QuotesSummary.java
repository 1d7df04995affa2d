package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Quotes per status, currency and client owner, with their total value (fig_quotes): the open quotes tile. */
@ApplicationScoped
public class QuotesSummary implements Summary {

    @Override
    public String table() {
        return "fig_quotes";
    }

    @Override
    public FigureSource source() {
        return FigureSource.QUOTE;
    }

    @Override
    public List<String> keys() {
        return List.of("status", "currency", "owner_id");
    }

    @Override
    public List<String> measures() {
        return List.of("quote_count", "quote_value");
    }

    @Override
    public String select(String where) {
        return "SELECT src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*), SUM(src.total)"
                + " FROM quotes src JOIN clients c ON c.id = src.client_id WHERE (" + where + ")"
                + " GROUP BY src.status, src.currency, COALESCE(c.owner_id, 0)";
    }
}
