package org.crmir.invoice;

import java.math.BigDecimal;

/** The sum of a filtered list in one currency: lists never add up different currencies. */
public record CurrencyTotal(String currency, long count, BigDecimal total, BigDecimal balance) {

    public String getCurrency() { return currency; }
    public long getCount() { return count; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getBalance() { return balance; }
}
