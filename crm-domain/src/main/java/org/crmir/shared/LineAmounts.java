package org.crmir.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The rounding rule for one document line: subtotal = quantity × unit price, rounded; discount = subtotal ×
 * discount %, rounded; net = subtotal − discount; tax = net × tax rate, rounded; total = net + tax. Each rounding is
 * half-up to the currency's minor unit, so that a document's totals are plain sums of its lines.
 */
public record LineAmounts(Money subtotal, Money discount, Money net, Money tax, Money total) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static LineAmounts of(BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        String currency = unitPrice.currency();
        Money subtotal = Money.rounded(quantity.multiply(unitPrice.amount(), MathContext.DECIMAL128), currency);
        Money discount = Money.rounded(subtotal.amount().multiply(discountPercent).divide(HUNDRED,
                MathContext.DECIMAL128), currency);
        Money net = subtotal.minus(discount);
        Money tax = Money.rounded(net.amount().multiply(taxRatePercent).divide(HUNDRED, MathContext.DECIMAL128),
                currency);
        return new LineAmounts(subtotal, discount, net, tax, net.plus(tax));
    }
}
