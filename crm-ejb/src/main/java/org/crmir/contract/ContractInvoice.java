package org.crmir.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.Money;

/** An invoice recurring billing made for a contract, with the period it bills. */
public record ContractInvoice(LocalDate periodStart, LocalDate periodEnd, Long invoiceId, String number,
        InvoiceStatus status, String currency, BigDecimal total) implements Serializable {

    public ContractInvoice {
        total = total == null ? null : total.setScale(Money.digitsOf(currency), RoundingMode.HALF_UP);
    }

    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public Long getInvoiceId() { return invoiceId; }
    public String getNumber() { return number; }
    public InvoiceStatus getStatus() { return status; }
    public String getCurrency() { return currency; }
    public BigDecimal getTotal() { return total; }
}
