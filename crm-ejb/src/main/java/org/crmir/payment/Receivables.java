package org.crmir.payment;

import java.io.Serializable;
import org.crmir.shared.Money;

/** Receivables in one currency: what open invoices still owe, the part past due, and the money received today. */
public record Receivables(String currency, Money outstanding, Money overdue, Money receivedToday)
        implements Serializable {

    public String getCurrency() { return currency; }
    public Money getOutstanding() { return outstanding; }
    public Money getOverdue() { return overdue; }
    public Money getReceivedToday() { return receivedToday; }
}
