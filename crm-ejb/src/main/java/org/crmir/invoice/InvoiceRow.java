package org.crmir.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the invoice list, read in one query with its client's name. */
public record InvoiceRow(Long id, String number, Long clientId, String clientName, InvoiceStatus status,
        LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal total, BigDecimal balance)
        implements Serializable {
    /** Amounts come back with the column's four decimals; shown at the currency's own scale. */
    public InvoiceRow {
        total = total == null ? null : total.setScale(org.crmir.shared.Money.digitsOf(currency), java.math.RoundingMode.HALF_UP);
        balance = balance == null ? null : balance.setScale(org.crmir.shared.Money.digitsOf(currency), java.math.RoundingMode.HALF_UP);
    }


    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public InvoiceStatus getStatus() { return status; }
    public LocalDate getIssueDate() { return issueDate; }
    public LocalDate getDueDate() { return dueDate; }
    public String getCurrency() { return currency; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getBalance() { return balance; }
}
