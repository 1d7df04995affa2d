package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.crmir.communication.Channel;
import org.crmir.figures.ActivityFigures;
import org.crmir.figures.ContractFigures;
import org.crmir.figures.FigureScope;
import org.crmir.figures.QuoteOutcomes;
import org.crmir.figures.SalesFigures;
import org.crmir.shared.web.Formats;
import org.crmir.shared.web.Labels;

/**
 * The analytics of sales, contracts and communication, per month or quarter of a scope: quote conversion and
 * time to accept, contract renewals and churn, communication volume and delivery failures. The page gives the
 * scope and the grain ({@code #{activityAnalytics.tables(analyticsScope.scope(), analyticsScope.grain())}}); the
 * tables are read once a request.
 */
@Named
@RequestScoped
public class ActivityAnalytics {

    @EJB
    SalesFigures sales;

    @EJB
    ContractFigures contracts;

    @EJB
    ActivityFigures activity;

    @Inject
    Labels labels;

    @Inject
    Formats formats;

    private List<AnalyticsTable> tables;

    /** The three tables; {@code grain} is MONTH or QUARTER (anything else: MONTH). */
    public List<AnalyticsTable> tables(FigureScope scope, String grain) {
        if (tables == null) {
            boolean quarters = "QUARTER".equals(grain);
            tables = List.of(quotes(scope, quarters), contracts(scope, quarters), communication(scope, quarters));
        }
        return tables;
    }

    /** A cell as the reader writes numbers (the downloads keep the plain value). */
    public String shown(Object cell) {
        return cell instanceof java.math.BigDecimal number ? formats.number(number) : String.valueOf(cell);
    }

    private AnalyticsTable quotes(FigureScope scope, boolean quarters) {
        Map<LocalDate, QuoteOutcomes> byPeriod = periods(scope, quarters, sales.decisionsByMonth(scope),
                new QuoteOutcomes(0, 0, 0, 0, 0), (a, b) -> new QuoteOutcomes(a.accepted() + b.accepted(),
                        a.converted() + b.converted(), a.declined() + b.declined(), a.expired() + b.expired(),
                        a.daysToAccept() + b.daysToAccept()));
        List<List<Object>> rows = new ArrayList<>();
        byPeriod.forEach((start, o) -> rows.add(List.of(label(start, quarters), o.decided(), o.accepted(),
                o.converted(), o.declined(), o.expired(), blankIfNull(o.winRatePercent()),
                blankIfNull(o.averageDaysToAccept()))));
        return new AnalyticsTable("quote-conversion", List.of("Period", "Decided", "Accepted",
                "Converted to invoice", "Declined", "Expired", "Win rate %", "Average days to accept"), rows);
    }

    private AnalyticsTable contracts(FigureScope scope, boolean quarters) {
        Map<LocalDate, ContractFigures.Events> byPeriod = periods(scope, quarters, contracts.eventsByMonth(scope),
                new ContractFigures.Events(0, 0, 0, 0), ContractFigures.Events::plus);
        // At the range's first day: events are read from there on, also when it falls inside a quarter.
        long inForce = contracts.inForceBefore(scope, scope.from());
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, ContractFigures.Events> period : byPeriod.entrySet()) {
            ContractFigures.Events e = period.getValue();
            rows.add(List.of(label(period.getKey(), quarters), inForce, e.started(), e.renewed(), e.terminated(),
                    e.expired(), blankIfNull(QuoteOutcomes.percent(e.ended(), inForce))));
            inForce += e.started() - e.ended();
        }
        return new AnalyticsTable("contract-renewals-churn", List.of("Period", "In force at the start", "Started",
                "Renewed", "Terminated early", "Expired", "Churn %"), rows);
    }

    private AnalyticsTable communication(FigureScope scope, boolean quarters) {
        Map<LocalDate, ActivityFigures.Volume> byPeriod = periods(scope, quarters, activity.volumeByMonth(scope),
                new ActivityFigures.Volume(0, Map.of(), 0, 0), ActivityFigures.Volume::plus);
        List<String> header = new ArrayList<>(List.of("Period", "Interactions"));
        for (Channel channel : Channel.values()) {
            header.add(labels.of(channel));
        }
        header.addAll(List.of("Messages sent", "Messages failed", "Delivery failures %"));
        List<List<Object>> rows = new ArrayList<>();
        byPeriod.forEach((start, v) -> {
            List<Object> row = new ArrayList<>(List.of(label(start, quarters), v.total()));
            for (Channel channel : Channel.values()) {
                row.add(v.perChannel().getOrDefault(channel.name(), 0L));
            }
            row.addAll(List.of(v.delivered(), v.failed(), blankIfNull(v.failureRatePercent())));
            rows.add(row);
        });
        return new AnalyticsTable("communication", header, rows);
    }

    /** Every period of the scope, oldest first, with the months of each summed ({@code none} for a quiet one). */
    static <T> Map<LocalDate, T> periods(FigureScope scope, boolean quarters, Map<LocalDate, T> byMonth, T none,
            BinaryOperator<T> plus) {
        Map<LocalDate, T> byPeriod = new LinkedHashMap<>();
        for (LocalDate start = periodStart(scope.from(), quarters); !start.isAfter(scope.to());
                start = start.plusMonths(quarters ? 3 : 1)) {
            byPeriod.put(start, none);
        }
        byMonth.forEach((month, value) -> byPeriod.merge(periodStart(month, quarters), value, plus));
        return byPeriod;
    }

    static LocalDate periodStart(LocalDate day, boolean quarters) {
        return quarters ? day.with(IsoFields.DAY_OF_QUARTER, 1) : day.withDayOfMonth(1);
    }

    static String label(LocalDate start, boolean quarters) {
        return quarters ? start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR)
                : start.toString().substring(0, 7);
    }

    private static Object blankIfNull(Object value) {
        return value == null ? "" : value;
    }
}
