package org.crmir.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Quote sent() {
        Quote quote = new Quote(3L, "EUR", TODAY.plusDays(30), "sam", NOW);
        quote.addLine(new LineInput(null, "Setup", BigDecimal.ONE, "pc", new BigDecimal("500"), BigDecimal.ZERO,
                new BigDecimal("19")));
        quote.checkSendable(TODAY);
        quote.send("Q-2026-0001", "token", NOW);
        return quote;
    }

    @Test
    void aSentQuoteIsAcceptedThenConvertedOnce() {
        Quote quote = sent();
        assertThrows(RuleViolationException.class, () -> quote.addLine(new LineInput(null, "x", BigDecimal.ONE,
                null, BigDecimal.ONE, null, null)));
        quote.accept(NOW, TODAY);
        quote.checkConvertible();
        quote.convertedInto(42L);
        assertEquals(QuoteStatus.CONVERTED, quote.getStatus());
        assertThrows(RuleViolationException.class, quote::checkConvertible);
    }

    @Test
    void aDeclinedQuoteCannotBeConvertedOrAccepted() {
        Quote quote = sent();
        quote.decline(NOW);
        RuleViolationException refused = assertThrows(RuleViolationException.class, quote::checkConvertible);
        assertTrue(refused.getMessage().contains("declined"), refused.getMessage());
        assertThrows(RuleViolationException.class, () -> quote.accept(NOW, TODAY));
    }

    @Test
    void aQuotePastItsValidityExpiresAndCannotBeAccepted() {
        Quote quote = sent();
        assertThrows(RuleViolationException.class, () -> quote.accept(NOW, TODAY.plusDays(31)));
        assertTrue(quote.expireIfPast(TODAY.plusDays(31)));
        assertEquals(QuoteStatus.EXPIRED, quote.getStatus());
    }

    @Test
    void anEmptyOrOutdatedDraftIsNotSent() {
        Quote empty = new Quote(3L, "EUR", TODAY.plusDays(1), "sam", NOW);
        assertThrows(RuleViolationException.class, () -> empty.checkSendable(TODAY));
        assertThrows(InvalidInputException.class, () -> empty.validUntil(TODAY.minusDays(1), TODAY));
    }
}
