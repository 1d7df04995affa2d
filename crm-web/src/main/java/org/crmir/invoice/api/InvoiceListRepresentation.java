package org.crmir.invoice.api;

import java.util.List;
import org.crmir.invoice.CurrencyTotal;
import org.crmir.invoice.InvoiceRow;

/**
 * A page of invoices and the count of the whole filtered list: exact up to 10,000 ({@code totalExact}); past that
 * {@code total} is 10,001 and {@code totalExact} false. The sums per currency ({@code totals}) are computed only
 * when asked for with {@code ?totals=true}, since they read every matching invoice; otherwise they are absent.
 */
public record InvoiceListRepresentation(List<InvoiceRow> items, long total, boolean totalExact, int offset, int limit,
        List<CurrencyTotal> totals) {
}
