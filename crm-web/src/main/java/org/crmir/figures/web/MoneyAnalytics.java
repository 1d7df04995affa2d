package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.crmir.figures.FigureScope;
import org.crmir.figures.MonthCollection;
import org.crmir.figures.MonthRevenue;
import org.crmir.figures.MoneyTrends;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.LocalNumbers;

/**
 * The analytics page's money tables: revenue by product, client segment and owner per period, and collections
 * (collection rate, average days to pay) per period. Called with the page's scope and grain (MONTH or QUARTER),
 * so it needs nothing of the page but those two; read once a request.
 */
@Named
@RequestScoped
public class MoneyAnalytics {

    @EJB
    MoneyTrends trends;

    private List<AnalyticsTable> tables;

    /** {@code grain}: an enum constant named MONTH or QUARTER (the analytics page's grain). */
    public List<AnalyticsTable> tables(FigureScope scope, Enum<?> grain) {
        if (tables == null) {
            Function<YearMonth, String> period = periods(grain);
            tables = List.of(
                    revenue("revenue-by-product", "Product or service", trends.byProduct(scope), period),
                    revenue("revenue-by-segment", "Client segment", trends.bySegment(scope), period),
                    revenue("revenue-by-owner", "Owner", trends.byOwner(scope), period),
                    collections(trends.collections(scope), period));
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

    /** A cell in the reader's locale (numbers); text as it is. */
    public String cell(Object value) {
        return value instanceof BigDecimal number ? LocalNumbers.format(number, Labels.viewLocale())
                : String.valueOf(value);
    }

    /** A month's period label: the month (2026-03) or its quarter (Q1 2026). */
    static Function<YearMonth, String> periods(Enum<?> grain) {
        return grain != null && "QUARTER".equals(grain.name())
                ? month -> "Q" + month.get(IsoFields.QUARTER_OF_YEAR) + " " + month.getYear()
                : YearMonth::toString;
    }

    static AnalyticsTable revenue(String name, String item, List<MonthRevenue> months,
            Function<YearMonth, String> period) {
        Map<List<String>, BigDecimal[]> sums = new TreeMap<>(MoneyAnalytics::compareKeys);
        for (MonthRevenue m : months) {
            BigDecimal[] sum = sums.computeIfAbsent(List.of(periodKey(m.month(), period), m.currency(), m.item()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(m.amount());
            sum[1] = sum[1].add(m.quantity());
        }
        List<List<Object>> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(List.of(label(key.get(0)), key.get(1), key.get(2), money(sum[0], key.get(1)),
                sum[1].stripTrailingZeros())));
        return new AnalyticsTable(name, List.of("Period", "Currency", item, "Revenue before tax", "Quantity"), rows);
    }

    static AnalyticsTable collections(List<MonthCollection> months, Function<YearMonth, String> period) {
        Map<List<String>, BigDecimal[]> sums = new TreeMap<>(MoneyAnalytics::compareKeys);
        for (MonthCollection m : months) {
            BigDecimal[] sum = sums.computeIfAbsent(List.of(periodKey(m.month(), period), m.currency()),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(m.issued());
            sum[1] = sum[1].add(m.collected());
            sum[2] = sum[2].add(BigDecimal.valueOf(m.settled()));
            sum[3] = sum[3].add(BigDecimal.valueOf(m.daysToPay()));
        }
        List<List<Object>> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(List.of(label(key.get(0)), key.get(1), money(sum[0], key.get(1)),
                money(sum[1], key.get(1)),
                rate(sum[1], sum[0]), sum[2].longValue(), average(sum[3], sum[2]))));
        return new AnalyticsTable("collections", List.of("Period", "Currency", "Invoiced", "Collected",
                "Collection rate %", "Invoices paid", "Average days to pay"), rows);
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

    /** Sorts periods by their first month (the key starts with it), then by the rest. */
    private static String periodKey(YearMonth month, Function<YearMonth, String> period) {
        YearMonth first = period.apply(month).startsWith("Q")
                ? YearMonth.of(month.getYear(), (month.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1) : month;
        return first + "|" + period.apply(month);
    }

    private static String label(String periodKey) {
        return periodKey.substring(periodKey.indexOf('|') + 1);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
