package org.crmir.quote;

import java.util.Optional;
import org.crmir.document.PublicPage;

/**
 * The public link of a sent quote, where the client reads it and accepts or declines it:
 * {@code CRMIR_PUBLIC_URL/public/quote.xhtml?token=...}.
 */
public final class QuoteLinks {

    /** The accept page; a bad token is "Quote link not found". */
    public static final PublicPage<Quote> PAGE = new PublicPage<>("/public/quote.xhtml", Quote.class,
            "publicToken", QuoteService.QUOTE, "link");

    private QuoteLinks() {
    }

    /** The link while the client can still answer; empty once accepted, declined, expired or converted. */
    public static Optional<String> toAnswer(Quote quote) {
        return quote.getStatus() == QuoteStatus.SENT ? PAGE.link(quote.getPublicToken()) : Optional.empty();
    }
}
