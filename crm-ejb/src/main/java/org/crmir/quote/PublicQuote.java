package org.crmir.quote;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;

/** What the client sees behind the public link: no ids, no internal notes. */
public record PublicQuote(String number, String companyName, String clientName, QuoteStatus status,
        LocalDate validUntil, List<LineInput> lines, Money subtotal, Money discount, Money tax, Money total,
        String terms) implements Serializable {

    public String getNumber() { return number; }
    public String getCompanyName() { return companyName; }
    public String getClientName() { return clientName; }
    public QuoteStatus getStatus() { return status; }
    public LocalDate getValidUntil() { return validUntil; }
    public List<LineInput> getLines() { return lines; }
    public Money getSubtotal() { return subtotal; }
    public Money getDiscount() { return discount; }
    public Money getTax() { return tax; }
    public Money getTotal() { return total; }
    public String getTerms() { return terms; }

    public boolean isOpen() {
        return status == QuoteStatus.SENT;
    }
}
