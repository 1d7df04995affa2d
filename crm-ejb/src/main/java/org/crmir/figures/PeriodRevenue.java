package org.crmir.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmir.shared.Money;

/**
 * Revenue (before tax) of one period of a trend (by the period's first day), currency and item, rounded to the
 * currency's minor unit: a row of an analytics table.
 */
public record PeriodRevenue(LocalDate period, String currency, String item, BigDecimal amount, BigDecimal quantity)
        implements Serializable {

    private static final Comparator<PeriodRevenue> TABLE_ORDER = Comparator.comparing(PeriodRevenue::period)
            .thenComparing(PeriodRevenue::currency).thenComparing(PeriodRevenue::item);

    /**
     * The months added up into {@code periods} (months outside them left out), in the order period, currency,
     * item. A year by product is a quarter of a million months at 10,000 products, so each currency's minor unit
     * is looked up once, not once a row.
     */
    public static List<PeriodRevenue> fold(List<MonthRevenue> months, List<TrendPeriod> periods) {
        record Key(LocalDate period, String currency, String item) {
        }
        Map<Key, BigDecimal[]> sums = new HashMap<>();
        for (MonthRevenue m : months) {
            int period = Grain.indexOf(periods, m.month().atDay(1));
            if (period >= 0) {
                BigDecimal[] sum = sums.computeIfAbsent(new Key(periods.get(period).start(), m.currency(), m.item()),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(m.amount());
                sum[1] = sum[1].add(m.quantity());
            }
        }
        Map<String, Integer> digits = new HashMap<>();
        List<PeriodRevenue> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(new PeriodRevenue(key.period(), key.currency(), key.item(),
                sum[0].setScale(digits.computeIfAbsent(key.currency(), Money::digitsOf), Money.ROUNDING),
                sum[1].stripTrailingZeros())));
        rows.sort(TABLE_ORDER);
        return rows;
    }
}
