package org.crmir.figures;

import java.io.Serializable;
import java.time.YearMonth;

/** One month of one currency: what was invoiced and what came in. */
public record MonthMoney(String currency, YearMonth month, MoneyFigure issued, MoneyFigure collected)
        implements Serializable {

    public String getCurrency() {
        return currency;
    }

    public YearMonth getMonth() {
        return month;
    }

    public MoneyFigure getIssued() {
        return issued;
    }

    public MoneyFigure getCollected() {
        return collected;
    }
}
