package org.crmir.quote;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the quote list, with its client's name. */
public record QuoteRow(Long id, String number, Long clientId, String clientName, QuoteStatus status,
        LocalDate validUntil, String currency, BigDecimal total) {

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public QuoteStatus getStatus() { return status; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getCurrency() { return currency; }
    public BigDecimal getTotal() { return total; }
}
