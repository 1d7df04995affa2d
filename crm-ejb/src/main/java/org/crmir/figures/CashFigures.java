package org.crmir.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import org.crmir.shared.Money;

/**
 * One currency's money in and out: collected today, this month and last month (net of refunds), invoices issued
 * this month and in the chosen period, and days sales outstanding (null when nothing was invoiced lately).
 */
public record CashFigures(String currency, MoneyFigure collectedToday, MoneyFigure collectedThisMonth,
        MoneyFigure collectedLastMonth, MoneyFigure issuedThisMonth, MoneyFigure issuedInPeriod, Money outstanding,
        Money issuedInDsoWindow, BigDecimal dso) implements Serializable {

    public String getCurrency() {
        return currency;
    }

    public MoneyFigure getCollectedToday() {
        return collectedToday;
    }

    public MoneyFigure getCollectedThisMonth() {
        return collectedThisMonth;
    }

    public MoneyFigure getCollectedLastMonth() {
        return collectedLastMonth;
    }

    public MoneyFigure getIssuedThisMonth() {
        return issuedThisMonth;
    }

    public MoneyFigure getIssuedInPeriod() {
        return issuedInPeriod;
    }

    public Money getOutstanding() {
        return outstanding;
    }

    public Money getIssuedInDsoWindow() {
        return issuedInDsoWindow;
    }

    public BigDecimal getDso() {
        return dso;
    }
}
