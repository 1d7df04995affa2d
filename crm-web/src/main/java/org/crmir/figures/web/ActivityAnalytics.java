package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.crmir.communication.Channel;
import org.crmir.figures.ActivityFigures;
import org.crmir.figures.ContractFigures;
import org.crmir.figures.FigureScope;
import org.crmir.figures.Grain;
import org.crmir.figures.TrendPeriod;
import org.crmir.figures.QuoteOutcomes;
import org.crmir.figures.SalesFigures;
import org.crmir.shared.web.Labels;

/**
 * The analytics of sales, contracts and communication, per month or quarter of a scope: quote conversion and
 * time to accept, contract renewals and churn, communication volume and delivery failures, per period of the page
 * (a month, or a quarter that the range may cut).
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

    private List<AnalyticsTable> tables;

    /** The three tables over the page's periods ({@link AnalyticsScope#periods()}), read once a request. */
    public List<AnalyticsTable> tables(FigureScope scope, List<TrendPeriod> periods) {
        if (tables == null) {
            tables = List.of(quotes(scope, periods), contracts(scope, periods), communication(scope, periods));
        }
        return tables;
    }

    private AnalyticsTable quotes(FigureScope scope, List<TrendPeriod> periods) {
        List<QuoteOutcomes> perPeriod = perPeriod(periods, sales.decisionsByMonth(scope),
                new QuoteOutcomes(0, 0, 0, 0, 0), (a, b) -> new QuoteOutcomes(a.accepted() + b.accepted(),
                        a.converted() + b.converted(), a.declined() + b.declined(), a.expired() + b.expired(),
                        a.daysToAccept() + b.daysToAccept()));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            QuoteOutcomes o = perPeriod.get(i);
            rows.add(List.of(periods.get(i).label(), o.decided(), o.accepted(), o.converted(), o.declined(),
                    o.expired(), blankIfNull(o.winRatePercent()), blankIfNull(o.averageDaysToAccept())));
        }
        return new AnalyticsTable("quote-conversion", List.of("Period", "Decided", "Accepted",
                "Converted to invoice", "Declined", "Expired", "Win rate %", "Average days to accept"), rows);
    }

    private AnalyticsTable contracts(FigureScope scope, List<TrendPeriod> periods) {
        List<ContractFigures.Events> perPeriod = perPeriod(periods, contracts.eventsByMonth(scope),
                new ContractFigures.Events(0, 0, 0, 0), ContractFigures.Events::plus);
        long inForce = contracts.inForceBefore(scope, scope.from());
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ContractFigures.Events e = perPeriod.get(i);
            rows.add(List.of(periods.get(i).label(), inForce, e.started(), e.renewed(), e.terminated(),
                    e.expired(), blankIfNull(QuoteOutcomes.percent(e.ended(), inForce))));
            inForce += e.started() - e.ended();
        }
        return new AnalyticsTable("contract-renewals-churn", List.of("Period", "In force at the start", "Started",
                "Renewed", "Terminated early", "Expired", "Churn %"), rows);
    }

    private AnalyticsTable communication(FigureScope scope, List<TrendPeriod> periods) {
        List<ActivityFigures.Volume> perPeriod = perPeriod(periods, activity.volumeByMonth(scope),
                new ActivityFigures.Volume(0, Map.of(), 0, 0), ActivityFigures.Volume::plus);
        List<String> header = new ArrayList<>(List.of("Period", "Interactions"));
        for (Channel channel : Channel.values()) {
            header.add(labels.of(channel));
        }
        header.addAll(List.of("Messages sent", "Messages failed", "Delivery failures %"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ActivityFigures.Volume v = perPeriod.get(i);
            List<Object> row = new ArrayList<>(List.of(periods.get(i).label(), v.total()));
            for (Channel channel : Channel.values()) {
                row.add(v.perChannel().getOrDefault(channel.name(), 0L));
            }
            row.addAll(List.of(v.delivered(), v.failed(), blankIfNull(v.failureRatePercent())));
            rows.add(row);
        }
        return new AnalyticsTable("communication", header, rows);
    }

    /**
     * Each period's value, in the periods' order: the months it holds summed, {@code none} for a quiet one. A month
     * is keyed by its first day; one outside every period is left out.
     */
    static <T> List<T> perPeriod(List<TrendPeriod> periods, Map<LocalDate, T> byMonth, T none,
            BinaryOperator<T> plus) {
        List<T> values = new ArrayList<>(Collections.nCopies(periods.size(), none));
        byMonth.forEach((month, value) -> {
            int period = Grain.indexOf(periods, month);
            if (period >= 0) {
                values.set(period, plus.apply(values.get(period), value));
            }
        });
        return values;
    }

    private static Object blankIfNull(Object value) {
        return value == null ? "" : value;
    }
}
