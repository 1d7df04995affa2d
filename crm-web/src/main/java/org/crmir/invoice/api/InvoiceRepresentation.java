package org.crmir.invoice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.api.LineRepresentation;
import org.crmir.shared.api.TaxLine;

/** An invoice in JSON. On write only clientId (create), lines, notes, terms and version (update) count. */
public record InvoiceRepresentation(Long id, String number, Long clientId, InvoiceStatus status, String currency,
        LocalDate issueDate, LocalDate dueDate, List<LineRepresentation> lines, BigDecimal subtotal,
        BigDecimal discount, List<TaxLine> taxes, BigDecimal tax, BigDecimal total, BigDecimal credited,
        BigDecimal balance, Long sourceQuoteId, String notes, String terms, Long version) {

    static InvoiceRepresentation of(Invoice i) {
        return new InvoiceRepresentation(i.getId(), i.getNumber(), i.getClientId(), i.getStatus(), i.getCurrency(),
                i.getIssueDate(), i.getDueDate(), i.getLines().stream().map(LineRepresentation::of).toList(),
                i.getSubtotal().amount(), i.getDiscountTotal().amount(),
                i.totals().taxByRate().entrySet().stream()
                        .map(e -> new TaxLine(e.getKey(), e.getValue().amount())).toList(),
                i.getTaxTotal().amount(), i.getTotal().amount(), i.getCredited().amount(), i.getBalance().amount(),
                i.getSourceQuoteId(), i.getNotes(), i.getTerms(), i.getVersion());
    }
}
