package org.crmir.quote;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.crmir.payment.PayLinks;
import org.crmir.shared.NotFoundException;

/**
 * The public link of a sent quote, where the client reads it and accepts or declines it:
 * {@code CRMIR_PUBLIC_URL/public/quote.xhtml?token=...}. Built from the configured public address only (never from
 * a request's Host header), like the invoices' pay links.
 */
public final class QuoteLinks {

    public static final String PAGE = "/public/quote.xhtml";

    private QuoteLinks() {
    }

    /** The link without its token; empty when CRMir's public address is not configured. */
    public static Optional<String> prefix() {
        return PayLinks.publicUrl().map(base -> base + PAGE + "?token=");
    }

    /** The quote's link; empty for a draft (no token yet) or when the public address is not configured. */
    public static Optional<String> of(Quote quote) {
        return quote.getPublicToken() == null ? Optional.empty() : prefix().map(p -> p + quote.getPublicToken());
    }

    /** The link while the client can still answer; empty once accepted, declined, expired or converted. */
    public static Optional<String> toAnswer(Quote quote) {
        return quote.getStatus() == QuoteStatus.SENT ? of(quote) : Optional.empty();
    }

    /** The quote behind a public token, optionally locked; a malformed or unknown token is "not found". */
    public static Quote quoteByToken(EntityManager em, String token, boolean lock) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            throw new NotFoundException(QuoteService.QUOTE, "link");
        }
        var query = em.createQuery("SELECT q FROM Quote q WHERE q.publicToken = :token", Quote.class)
                .setParameter("token", token);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(QuoteService.QUOTE, "link"));
    }
}
