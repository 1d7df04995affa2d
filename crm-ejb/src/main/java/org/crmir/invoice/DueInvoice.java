package org.crmir.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An open invoice falling due, and what is still owed on it ({@link InvoiceDueDates}). */
public record DueInvoice(long id, String number, String clientName, LocalDate dueDate, String currency,
        BigDecimal outstanding) implements Serializable {
}
