package org.crmir.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's totals as sums of its rounded lines: subtotal, discount, tax per rate, tax, total. By
 * construction, the lines' totals add up to the total and the taxes per rate add up to the tax.
 */
public record DocumentTotals(Money subtotal, Money discount, Map<BigDecimal, Money> taxByRate, Money tax,
        Money total) implements Serializable {

    /** One line's rate and amounts, as the totals need them. */
    public record Line(BigDecimal taxRatePercent, LineAmounts amounts) implements Serializable {
    }

    public static DocumentTotals of(String currency, List<Line> lines) {
        Money subtotal = Money.zero(currency);
        Money discount = Money.zero(currency);
        Money tax = Money.zero(currency);
        Money total = Money.zero(currency);
        Map<BigDecimal, Money> byRate = new TreeMap<>();
        for (Line line : lines) {
            LineAmounts a = line.amounts();
            subtotal = subtotal.plus(a.subtotal());
            discount = discount.plus(a.discount());
            tax = tax.plus(a.tax());
            total = total.plus(a.total());
            byRate.merge(plain(line.taxRatePercent()), a.tax(), Money::plus);
        }
        return new DocumentTotals(subtotal, discount, Collections.unmodifiableMap(byRate), tax, total);
    }

    /** 19.0000 and 19 are one rate; and 20 stays 20, not 2E+1. */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
