package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Gateway events per gateway and status (fig_gateway_events); they belong to no client, so they have no owner. */
@ApplicationScoped
public class GatewayEventsSummary implements Summary {

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
                + " GROUP BY src.gateway, src.status";
    }
}
