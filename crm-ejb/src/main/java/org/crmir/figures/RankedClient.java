package org.crmir.figures;

import java.io.Serializable;
import org.crmir.shared.Money;

/** A client by its revenue (before tax) in one currency and year, with the invoices behind it. */
public record RankedClient(String currency, long clientId, String name, Money revenue, long invoices)
        implements Serializable {

    public String getCurrency() {
        return currency;
    }

    public long getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public Money getRevenue() {
        return revenue;
    }

    public long getInvoices() {
        return invoices;
    }
}
