package org.crmir.invoice;

import java.util.Optional;
import org.crmir.document.PublicPage;
import org.crmir.shared.Money;

/**
 * The public pay link of an issued invoice: {@code CRMIR_PUBLIC_URL/public/pay.xhtml?token=...}, given out while
 * the invoice expects money.
 */
public final class PayLinks {

    /** The pay page; a bad token is "Pay link ? not found". */
    public static final PublicPage<Invoice> PAGE = new PublicPage<>("/public/pay.xhtml", Invoice.class, "payToken",
            "Pay link", "?");

    private PayLinks() {
    }

    /** The pay link of an invoice that still expects money; empty otherwise. */
    public static Optional<String> of(Invoice invoice) {
        if (!invoice.getStatus().isOpen() || !invoice.getBalance().isGreaterThan(Money.zero(invoice.getCurrency()))) {
            return Optional.empty();
        }
        return PAGE.link(invoice.getPayToken());
    }

    /** The {{payOnline}} of an invoice's e-mails: a paragraph with the pay link, or empty. */
    public static String emailParagraph(Invoice invoice) {
        return of(invoice).map(link -> "\n\nYou can pay it online at " + link).orElse("");
    }
}
