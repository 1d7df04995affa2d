package org.crmir.quote.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.api.LineRepresentation;

/** A quote in JSON. On write only clientId (create), validUntil, lines, notes, terms and version count. */
public record QuoteRepresentation(Long id, String number, Long clientId, QuoteStatus status, String currency,
        LocalDate validUntil, List<LineRepresentation> lines, BigDecimal subtotal, BigDecimal discount,
        BigDecimal tax, BigDecimal total, String publicLink, Long invoiceId, String notes, String terms,
        Long version) {

    static QuoteRepresentation of(Quote q, String publicBase) {
        return new QuoteRepresentation(q.getId(), q.getNumber(), q.getClientId(), q.getStatus(), q.getCurrency(),
                q.getValidUntil(), q.getLines().stream().map(LineRepresentation::of).toList(),
                q.getSubtotal().amount(), q.getDiscountTotal().amount(), q.getTaxTotal().amount(),
                q.getTotal().amount(), q.getPublicToken() == null || publicBase == null ? null
                        : publicBase + q.getPublicToken(),
                q.getInvoiceId(), q.getNotes(), q.getTerms(), q.getVersion());
    }
}
