package org.crmir.figures;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.crmir.shared.Money;

/**
 * What clients owe in one currency: everything open, what is past due, and each age bucket; each with the count
 * of invoices, so that the invoice list a figure links to shows as many rows.
 */
public record Receivables(String currency, Figure outstanding, Figure overdue, Map<AgingBucket, Figure> aging)
        implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public String getCurrency() {
        return currency;
    }

    public Figure getOutstanding() {
        return outstanding;
    }

    public Figure getOverdue() {
        return overdue;
    }

    public Map<AgingBucket, Figure> getAging() {
        return aging;
    }

    /** An amount, the number of invoices behind it and the due dates that select them (null: open-ended). */
    public record Figure(Money amount, long count, LocalDate dueFrom, LocalDate dueTo) implements Serializable {

        public Money getAmount() {
            return amount;
        }

        public long getCount() {
            return count;
        }

        public LocalDate getDueFrom() {
            return dueFrom;
        }

        public LocalDate getDueTo() {
            return dueTo;
        }
    }
}
