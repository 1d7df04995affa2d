package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmir.shared.DocumentTotals;
import org.crmir.shared.LineAmounts;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;

/** The rounding rule holds for any lines in any currency: documents add up, to the last minor unit. */
class InvoiceTotalsPropertyTest {

    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-26T10:00:00Z");

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD", "CHF");
    }

    @Provide
    Arbitrary<List<LineInput>> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"),
                new BigDecimal("10000")).ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999"))
                .ofScale(0);
        Arbitrary<BigDecimal> discount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(2);
        Arbitrary<BigDecimal> tax = Arbitraries.of("0", "5", "7", "16", "19", "20", "21.5", "8.875")
                .map(BigDecimal::new);
        return Combinators.combine(quantity, price, discount, tax)
                .as((q, p, d, t) -> new LineInput(null, "Item", q, "pc", p, d, t))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 300)
    void linesSumToTheTotalAndTaxPerRateSumsToTheTax(@ForAll("currencies") String currency,
            @ForAll("lines") List<LineInput> lines) {
        Invoice invoice = new Invoice(1L, currency, 30, "sam", NOW);
        invoice.replaceLines(lines);
        DocumentTotals totals = invoice.totals();
        int digits = Money.digitsOf(currency);

        Money sumOfLines = Money.zero(currency);
        for (InvoiceLine line : invoice.getLines()) {
            LineAmounts amounts = line.amounts(currency);
            sumOfLines = sumOfLines.plus(amounts.total());
            assertEquals(amounts.net().plus(amounts.tax()), amounts.total());
        }
        assertEquals(sumOfLines, invoice.getTotal());
        Money taxByRate = totals.taxByRate().values().stream().reduce(Money.zero(currency), Money::plus);
        assertEquals(taxByRate, invoice.getTaxTotal());
        assertEquals(invoice.getSubtotal().minus(invoice.getDiscountTotal()).plus(invoice.getTaxTotal()),
                invoice.getTotal());
        for (Money amount : List.of(totals.subtotal(), totals.discount(), totals.tax(), totals.total())) {
            assertEquals(digits, amount.amount().scale(), amount.toString());
        }
    }

    @Property(tries = 50)
    void halfAMinorUnitRoundsUp(@ForAll("currencies") String currency) {
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(Money.digitsOf(currency));
        LineAmounts amounts = LineAmounts.of(new BigDecimal("0.5"), Money.of(smallest, currency), BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertEquals(Money.of(smallest, currency), amounts.subtotal());
    }
}
