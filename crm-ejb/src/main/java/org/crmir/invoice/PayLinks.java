package org.crmir.payment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.crmir.invoice.Invoice;
import org.crmir.shared.NotFoundException;

/**
 * The public pay link of an issued invoice: {@code CRMIR_PUBLIC_URL/public/pay.xhtml?token=...}. The token is the
 * only authority the payer has, so it is looked up exactly and never listed. Without {@code CRMIR_PUBLIC_URL}
 * there is no link to give out (CRMir cannot know how the world reaches it).
 */
public final class PayLinks {

    public static final String PAGE = "/public/pay.xhtml";

    private PayLinks() {
    }

    /** Where the world reaches CRMir, without a trailing slash; empty when not configured. */
    public static Optional<String> publicUrl() {
        String url = System.getenv("CRMIR_PUBLIC_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        return Optional.of(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }

    /** The pay link for a token; empty when there is no token or no public URL. */
    public static Optional<String> forToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return publicUrl().map(base -> base + PAGE + "?token=" + token);
    }

    /** The pay link of an invoice that still expects money; empty otherwise. */
    public static Optional<String> of(Invoice invoice) {
        if (!invoice.getStatus().isOpen() || !invoice.getBalance().isGreaterThan(
                org.crmir.shared.Money.zero(invoice.getCurrency()))) {
            return Optional.empty();
        }
        return forToken(invoice.getPayToken());
    }

    /** The invoice behind a pay token, optionally locked; a blank, malformed or unknown token is "not found". */
    public static Invoice invoiceByToken(EntityManager em, String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new NotFoundException("Pay link", "?");
        }
        var query = em.createQuery("SELECT i FROM Invoice i WHERE i.payToken = :token", Invoice.class)
                .setParameter("token", token);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Pay link", "?"));
    }
}
