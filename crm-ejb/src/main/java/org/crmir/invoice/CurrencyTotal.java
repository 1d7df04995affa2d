package org.crmir.invoice;

import java.io.Serializable;
import java.math.BigDecimal;

/** The sum of a filtered list in one currency: lists never add up different currencies. */
public record CurrencyTotal(String currency, long count, BigDecimal total, BigDecimal balance) implements Serializable {
    /** Amounts come back with the column's four decimals; shown at the currency's own scale. */
    public CurrencyTotal {
        total = total == null ? null : total.setScale(org.crmir.shared.Money.digitsOf(currency), java.math.RoundingMode.HALF_UP);
        balance = balance == null ? null : balance.setScale(org.crmir.shared.Money.digitsOf(currency), java.math.RoundingMode.HALF_UP);
    }


    public String getCurrency() { return currency; }
    public long getCount() { return count; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getBalance() { return balance; }
}
