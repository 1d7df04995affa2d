package org.crmir.figures;

import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.Money;

/** An amount, how many rows make it up, and the days that select them (for the list a figure links to). */
public record MoneyFigure(Money amount, long count, LocalDate from, LocalDate to) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public Money getAmount() {
        return amount;
    }

    public long getCount() {
        return count;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
