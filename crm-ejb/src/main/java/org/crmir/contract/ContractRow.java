package org.crmir.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.crmir.shared.Money;

/** One row of the contract list, read with its client's name in one query. */
public record ContractRow(Long id, String number, int revision, Long clientId, String clientName, String title,
        String owner, ContractStatus status, LocalDate startDate, LocalDate endDate, boolean autoRenew,
        String currency, BigDecimal value) implements Serializable {

    /** Amounts come back with the column's four decimals; shown at the currency's own scale. */
    public ContractRow {
        value = value == null ? null : value.setScale(Money.digitsOf(currency), RoundingMode.HALF_UP);
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public Long getId() { return id; }
    public String getNumber() { return number; }
    public int getRevision() { return revision; }
    public Long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public ContractStatus getStatus() { return status; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public boolean isAutoRenew() { return autoRenew; }
    public String getCurrency() { return currency; }
    public BigDecimal getValue() { return value; }
}
