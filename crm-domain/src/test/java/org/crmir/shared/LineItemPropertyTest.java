package org.crmir.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * One line rule for every kind of line: whatever is typed is either kept exactly (within the column bounds) or
 * refused with the field it breaks, named as the document names it ({@code quantity} or {@code lines[i].quantity}).
 */
class LineItemPropertyTest {

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(0, 99)
                .map(i -> "lines[" + i + "]."));
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD");
    }

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100000")).ofScale(4);
    }

    @Provide
    Arbitrary<BigDecimal> percentages() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    }

    private static LineInput line(BigDecimal quantity, BigDecimal price, BigDecimal discount, BigDecimal tax) {
        return new LineInput(3L, "  Consulting  ", quantity, "h", price, discount, tax);
    }

    @Property(tries = 300)
    void aValidLineIsKeptAsTypedAndGivesBackTheSameInput(@ForAll("prefixes") String prefix,
            @ForAll("currencies") String currency, @ForAll("quantities") BigDecimal quantity,
            @ForAll @IntRange(min = 0, max = 99999) int price, @ForAll("percentages") BigDecimal discount,
            @ForAll("percentages") BigDecimal tax) {
        LineItem item = LineItem.of(prefix, line(quantity, BigDecimal.valueOf(price), discount, tax), currency);
        assertEquals("Consulting", item.getDescription());
        assertEquals(0, quantity.compareTo(item.getQuantity()));
        assertEquals(0, BigDecimal.valueOf(price).compareTo(item.getUnitPrice()));
        LineItem again = LineItem.of(prefix, item.toInput(), currency);
        assertEquals(item.toInput(), again.toInput());
        assertEquals(item.amounts(currency), again.amounts(currency));
    }

    @Property(tries = 200)
    void aQuantityOfZeroOrLessIsRefusedWithItsField(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(min = -1000, max = 0) int quantity) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LineItem.of(prefix,
                line(BigDecimal.valueOf(quantity), BigDecimal.TEN, null, null), "EUR"));
        assertEquals(prefix + "quantity", e.getField());
    }

    @Property(tries = 200)
    void aPercentageOutside0To100IsRefusedWithItsField(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(min = 101, max = 100000) int over, @ForAll boolean asDiscount) {
        BigDecimal wrong = asDiscount ? BigDecimal.valueOf(over) : BigDecimal.valueOf(-over);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LineItem.of(prefix,
                line(BigDecimal.ONE, BigDecimal.TEN, asDiscount ? wrong : null, asDiscount ? null : wrong), "EUR"));
        assertEquals(prefix + (asDiscount ? "discountPercent" : "taxRate"), e.getField());
    }

    @Property(tries = 200)
    void aNegativePriceOrMoreDecimalsThanTheCurrencyHasIsRefused(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(min = 1, max = 100000) int cents) {
        BigDecimal negative = BigDecimal.valueOf(-cents, 2);
        assertEquals(prefix + "unitPrice", assertThrows(InvalidInputException.class, () -> LineItem.of(prefix,
                line(BigDecimal.ONE, negative, null, null), "EUR")).getField());
        BigDecimal tooFine = BigDecimal.valueOf(cents * 10L + 1, 3);
        assertEquals(prefix + "unitPrice", assertThrows(InvalidInputException.class, () -> LineItem.of(prefix,
                line(BigDecimal.ONE, tooFine, null, null), "EUR")).getField());
    }

    @Property(tries = 100)
    void aLineWhoseTotalOverflowsTheColumnIsRefusedOnItsQuantity(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(min = 1, max = 999) int factor) {
        BigDecimal big = new BigDecimal("999999999999999").subtract(BigDecimal.valueOf(factor));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LineItem.of(prefix,
                line(big, big, null, null), "EUR"));
        assertEquals(prefix + "quantity", e.getField());
    }

    @Property(tries = 50)
    void aLineWithoutDescriptionIsRefused(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(min = 0, max = 5) int spaces) {
        LineInput blank = new LineInput(null, " ".repeat(spaces), BigDecimal.ONE, null, BigDecimal.ONE, null, null);
        assertEquals(prefix + "description", assertThrows(InvalidInputException.class,
                () -> LineItem.of(prefix, blank, "EUR")).getField());
    }
}
