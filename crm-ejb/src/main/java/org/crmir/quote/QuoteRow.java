package org.crmir.quote;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the quote list, with its client's name. */
public record QuoteRow(Long id, String number, Long clientId, String clientName, QuoteStatus status,
        LocalDate validUntil, String currency, BigDecimal total) implements Serializable {
    /** Amounts come back with the column's four decimals; shown at the currency's own scale. */
    public QuoteRow {
        total = total == null ? null : total.setScale(org.crmir.shared.Money.digitsOf(currency), java.math.RoundingMode.HALF_UP);
    }


    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public QuoteStatus getStatus() { return status; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getCurrency() { return currency; }
    public BigDecimal getTotal() { return total; }
}
