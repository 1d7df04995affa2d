package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What happened to contracts per month, by the contract (its number) rather than its revisions, with the value
 * per month of the revision concerned (fig_contract_events):
 * <ul>
 *   <li>STARTED: a first revision put in force, in the month of its start date;</li>
 *   <li>RENEWED: a revision renewed, in the month the renewal starts (the day after its end date);</li>
 *   <li>TERMINATED: a revision ended early that no amendment replaced (an amendment ends its predecessor, but the
 *       contract goes on), in the month of its last day;</li>
 *   <li>EXPIRED: a revision past its end date without renewal, in the month of its end date.</li>
 * </ul>
 * A revision may count twice (a first revision STARTED and later TERMINATED): one row of each kind joins it.
 */
@ApplicationScoped
public class ContractEventsSummary implements Summary {

    private static final String DAY = "CASE k.event WHEN 'STARTED' THEN src.start_date"
            + " WHEN 'RENEWED' THEN src.end_date + INTERVAL 1 DAY ELSE COALESCE(src.ended_on, src.end_date) END";
    private static final String MONTH = "(" + DAY + ") - INTERVAL (DAYOFMONTH(" + DAY + ") - 1) DAY";

    @Override
    public String table() {
        return "fig_contract_events";
    }

    @Override
    public FigureSource source() {
        return FigureSource.CONTRACT;
    }

    @Override
    public List<String> keys() {
        return List.of("month_start", "event", "currency", "owner_id");
    }

    @Override
    public List<String> measures() {
        return List.of("contract_count", "monthly_value");
    }

    @Override
    public String select(String where) {
        return "SELECT " + MONTH + ", k.event, src.currency, COALESCE(c.owner_id, 0), COUNT(*),"
                + " SUM(" + MonthlyValue.SQL + ")"
                + " FROM contracts src JOIN clients c ON c.id = src.client_id"
                + " JOIN (SELECT 'STARTED' AS event UNION ALL SELECT 'RENEWED' UNION ALL SELECT 'TERMINATED'"
                + " UNION ALL SELECT 'EXPIRED') k"
                + " ON (k.event = 'STARTED' AND src.revision = 1 AND src.status <> 'DRAFT')"
                + " OR (k.event = 'RENEWED' AND src.status = 'RENEWED')"
                + " OR (k.event = 'TERMINATED' AND src.status = 'TERMINATED' AND NOT EXISTS (SELECT 1 FROM contracts nx"
                + " WHERE nx.previous_id = src.id AND nx.status <> 'DRAFT'))"
                + " OR (k.event = 'EXPIRED' AND src.status = 'EXPIRED')"
                + " WHERE (" + where + ")"
                + " GROUP BY " + MONTH + ", k.event, src.currency, COALESCE(c.owner_id, 0)";
    }
}
