package org.crmir.payment;

import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.Money;

/** An open invoice that unallocated money may go to, as the allocation dialog offers it. */
public record OpenInvoiceChoice(long invoiceId, String number, LocalDate dueDate, Money balance)
        implements Serializable {

    public long getInvoiceId() { return invoiceId; }
    public String getNumber() { return number; }
    public LocalDate getDueDate() { return dueDate; }
    public Money getBalance() { return balance; }
    public String getLabel() { return number + " · due " + dueDate + " · " + balance; }
}
