package org.crmir.invoice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.crmir.invoice.CreditNote;

/** A credit note in JSON; on write only amount and reason count. */
public record CreditNoteRepresentation(Long id, String number, Long invoiceId, String currency, BigDecimal amount,
        String reason, LocalDate issueDate) {

    static CreditNoteRepresentation of(CreditNote c) {
        return new CreditNoteRepresentation(c.getId(), c.getNumber(), c.getInvoiceId(), c.getCurrency(),
                c.getAmount().amount(), c.getReason(), c.getIssueDate());
    }
}
