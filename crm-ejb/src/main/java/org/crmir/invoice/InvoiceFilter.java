package org.crmir.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the invoice list is narrowed to; null fields are ignored. Dates are issue dates, both inclusive. */
public record InvoiceFilter(InvoiceStatus status, Long clientId, LocalDate issuedFrom, LocalDate issuedTo,
        BigDecimal minTotal, BigDecimal maxTotal, String number) {

    public static InvoiceFilter none() {
        return new InvoiceFilter(null, null, null, null, null, null, null);
    }
}
