package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Gateway events in trouble (FAILED or REJECTED) per gateway and status (fig_gateway_events); they belong to no
 * client, so they have no owner. Only these statuses are kept because only they are read (the dashboard's gateway
 * trouble): a RECEIVED or PROCESSED row would be written by every webhook intake and every processing step, and
 * all of them queued on its row lock (docs/PERFORMANCE-webhooks.md). Kept out, a normal event moves no row, so
 * nothing is written for it, nor read ({@link #countedAs}).
 */
@ApplicationScoped
public class GatewayEventsSummary implements Summary {

    /** The statuses kept; V63 deleted the rows of the others. */
    static final String TROUBLE = "'FAILED', 'REJECTED'";

    /** Only trouble counts: a received or processed event is stored, and processed, without reading a figure. */
    @Override
    public String countedAs(String status) {
        return TROUBLE.contains("'" + status + "'") ? status : null;
    }

    @Override
    public String table() {
        return "fig_gateway_events";
    }

    @Override
    public FigureSource source() {
        return FigureSource.GATEWAY_EVENT;
    }

    @Override
    public List<String> keys() {
        return List.of("gateway", "status");
    }

    @Override
    public List<String> measures() {
        return List.of("event_count");
    }

    @Override
    public String select(String where) {
        return "SELECT src.gateway, src.status, COUNT(*) FROM gateway_events src WHERE (" + where + ")"
                + " AND src.status IN (" + TROUBLE + ") GROUP BY src.gateway, src.status";
    }
}
