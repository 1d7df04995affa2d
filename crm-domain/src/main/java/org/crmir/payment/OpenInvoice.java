package org.crmir.payment;

import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.Money;

/** An invoice that still expects money, as allocation sees it. */
public record OpenInvoice(long invoiceId, LocalDate dueDate, Money balance) implements Serializable {
}
