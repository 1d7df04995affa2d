package org.crmir.invoice.api;

import java.util.List;
import org.crmir.invoice.CurrencyTotal;
import org.crmir.invoice.InvoiceRow;

/** A page of invoices, the count of the whole filtered list, and its sums per currency. */
public record InvoiceListRepresentation(List<InvoiceRow> items, long total, int offset, int limit,
        List<CurrencyTotal> totals) {
}
