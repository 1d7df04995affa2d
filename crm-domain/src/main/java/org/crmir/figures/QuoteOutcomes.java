package org.crmir.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the quotes decided in a period came out, and what follows: a quote is won when the client accepted it
 * (whether or not it was converted into an invoice since) and lost when the client declined it or let it expire.
 * The win rate is won ÷ decided; the average days to accept is the days from sending to acceptance of the won
 * quotes, summed, ÷ won. Both are empty (null) when there is nothing to divide by.
 */
public record QuoteOutcomes(long accepted, long converted, long declined, long expired, long daysToAccept)
        implements Serializable {

    public QuoteOutcomes {
        if (accepted < 0 || converted < 0 || declined < 0 || expired < 0 || daysToAccept < 0) {
            throw new IllegalArgumentException("counts and days cannot be negative");
        }
    }

    public long won() {
        return accepted + converted;
    }

    public long lost() {
        return declined + expired;
    }

    public long decided() {
        return won() + lost();
    }

    /** Percent of decided quotes won, 1 decimal; null when none was decided. */
    public BigDecimal winRatePercent() {
        return percent(won(), decided());
    }

    /** Average days from sending to acceptance, 1 decimal; null when none was won. */
    public BigDecimal averageDaysToAccept() {
        return won() == 0 ? null
                : BigDecimal.valueOf(daysToAccept).divide(BigDecimal.valueOf(won()), 1, RoundingMode.HALF_UP);
    }

    /** {@code part} as a percent of {@code whole}, 1 decimal, half up; null when the whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public long getAccepted() {
        return accepted;
    }

    public long getConverted() {
        return converted;
    }

    public long getDeclined() {
        return declined;
    }

    public long getExpired() {
        return expired;
    }

    public long getWon() {
        return won();
    }

    public long getDecided() {
        return decided();
    }

    public BigDecimal getWinRatePercent() {
        return winRatePercent();
    }

    public BigDecimal getAverageDaysToAccept() {
        return averageDaysToAccept();
    }
}
