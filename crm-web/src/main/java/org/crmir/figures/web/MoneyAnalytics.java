package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmir.figures.FigureScope;
import org.crmir.figures.Grain;
import org.crmir.figures.TrendPeriod;
import org.crmir.figures.MonthCollection;
import org.crmir.figures.PeriodRevenue;
import org.crmir.figures.MoneyTrends;

/**
 * The analytics page's money tables: revenue by product, client segment and owner per period, and collections
 * (collection rate, average days to pay) per period of the page (a month, or a quarter that the range may cut).
 */
@Named
@RequestScoped
public class MoneyAnalytics {

    @EJB
    MoneyTrends trends;

    private List<AnalyticsTable> tables;

    /** The tables over the page's periods ({@link AnalyticsScope#periods()}), read once a request. */
    public List<AnalyticsTable> tables(FigureScope scope, Grain grain, List<TrendPeriod> periods) {
        if (tables == null) {
            tables = List.of(
                    revenue("revenue-by-product", "Product or service", trends.byProduct(scope, grain), periods),
                    revenue("revenue-by-segment", "Client segment", trends.bySegment(scope, grain), periods),
                    revenue("revenue-by-owner", "Owner", trends.byOwner(scope, grain), periods),
                    collections(trends.collections(scope), periods));
        }
        return tables;
    }

    /** A table's heading as the page shows it. */
    public String title(AnalyticsTable table) {
        return switch (table.name()) {
            case "revenue-by-product" -> "Revenue by product or service";
            case "revenue-by-segment" -> "Revenue by client segment";
            case "revenue-by-owner" -> "Revenue by owner";
            default -> "Collection rate and days to pay";
        };
    }

    /**
     * A revenue table of rows already folded and sorted ({@link PeriodRevenue#fold}). Its rows are made as the
     * table shows them, 25 a page: at 10,000 products a year has 240,000 of them.
     */
    static AnalyticsTable revenue(String name, String item, List<PeriodRevenue> rows, List<TrendPeriod> periods) {
        Map<LocalDate, String> labels = new HashMap<>();
        periods.forEach(period -> labels.put(period.start(), period.label()));
        List<List<Object>> shown = new AbstractList<>() {
            @Override
            public List<Object> get(int index) {
                PeriodRevenue row = rows.get(index);
                return List.of(labels.get(row.period()), row.currency(), row.item(), row.amount(), row.quantity());
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
        return new AnalyticsTable(name, List.of("Period", "Currency", item, "Revenue before tax", "Quantity"), shown);
    }

    static AnalyticsTable collections(List<MonthCollection> months, List<TrendPeriod> periods) {
        Map<RowKey, BigDecimal[]> sums = new TreeMap<>();
        for (MonthCollection m : months) {
            int period = Grain.indexOf(periods, m.month().atDay(1));
            if (period >= 0) {
                BigDecimal[] sum = sums.computeIfAbsent(new RowKey(period, m.currency(), ""),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(m.issued());
                sum[1] = sum[1].add(m.collected());
                sum[2] = sum[2].add(BigDecimal.valueOf(m.settled()));
                sum[3] = sum[3].add(BigDecimal.valueOf(m.daysToPay()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(List.of(periods.get(key.period()).label(), key.currency(),
                money(sum[0], key.currency()), money(sum[1], key.currency()),
                rate(sum[1], sum[0]), sum[2].longValue(), average(sum[3], sum[2]))));
        return new AnalyticsTable("collections", List.of("Period", "Currency", "Invoiced", "Collected",
                "Collection rate %", "Invoices paid", "Average days to pay"), rows);
    }

    /** A row of a money table: periods in order, then currency, then the item's name. */
    private record RowKey(int period, String currency, String item) implements Comparable<RowKey> {
        @Override
        public int compareTo(RowKey other) {
            int order = Integer.compare(period, other.period);
            order = order != 0 ? order : currency.compareTo(other.currency);
            return order != 0 ? order : item.compareTo(other.item);
        }
    }

    /** Collected as a percentage of invoiced; blank when nothing was invoiced. */
    static Object rate(BigDecimal collected, BigDecimal issued) {
        return issued.signum() == 0 ? "" : collected.multiply(BigDecimal.valueOf(100))
                .divide(issued, 1, RoundingMode.HALF_UP);
    }

    /** Days to pay per settled invoice; blank when none was settled. */
    static Object average(BigDecimal days, BigDecimal settled) {
        return settled.signum() == 0 ? "" : days.divide(settled, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount, String currency) {
        return org.crmir.shared.Money.rounded(amount, currency).amount();
    }
}
