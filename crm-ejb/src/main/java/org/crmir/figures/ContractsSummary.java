package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Contract revisions per status, currency and client owner with their value per month (fig_contracts): the active
 * contracts and the recurring revenue, see {@link MonthlyValue}.
 */
@ApplicationScoped
public class ContractsSummary implements Summary {

    @Override
    public String table() {
        return "fig_contracts";
    }

    @Override
    public FigureSource source() {
        return FigureSource.CONTRACT;
    }

    @Override
    public List<String> keys() {
        return List.of("status", "currency", "owner_id");
    }

    @Override
    public List<String> measures() {
        return List.of("contract_count", "monthly_value");
    }

    @Override
    public String select(String where) {
        return "SELECT src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*), SUM(" + MonthlyValue.SQL + ")"
                + " FROM contracts src JOIN clients c ON c.id = src.client_id WHERE (" + where + ")"
                + " GROUP BY src.status, src.currency, COALESCE(c.owner_id, 0)";
    }
}
