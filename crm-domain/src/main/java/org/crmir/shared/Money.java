package org.crmir.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at that currency's minor-unit scale (2 for EUR, 0 for JPY, 3 for KWD).
 * Adding amounts of different currencies is refused: money never changes currency silently.
 */
public final class Money implements Comparable<Money>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final BigDecimal amount;
    private final String currency;

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** An exact amount: refused when it has more decimals than the currency (0.001 EUR is not money). */
    public static Money of(BigDecimal amount, String currency) {
        int digits = digitsOf(currency);
        Limits.amount("amount", amount);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new InvalidInputException("amount", amount.toPlainString() + " has more decimals than " + currency
                    + " allows (" + digits + ")");
        }
        return new Money(amount.setScale(digits, ROUNDING), currency);
    }

    public static Money of(String amount, String currency) {
        return of(new BigDecimal(amount), currency);
    }

    /** A computed amount, rounded half-up to the currency's scale. */
    public static Money rounded(BigDecimal raw, String currency) {
        return new Money(raw.setScale(digitsOf(currency), ROUNDING), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(digitsOf(currency)), currency);
    }

    /** The number of decimals of a currency's minor unit. */
    public static int digitsOf(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("currency", currency + " is not an ISO 4217 currency code");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new RuleViolationException("Cannot combine " + currency + " and " + other.currency
                    + " amounts: convert one explicitly first");
        }
        return other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    // Jakarta EL 5 reads JavaBean getters.
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** "1234.50 EUR". */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
