package org.crmir.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmir.shared.InvalidInputException;

/** Amounts as spreadsheets in different countries write them read back exactly, or are refused; never misread. */
class ImportValuesPropertyTest {

    @Property
    void anAmountWrittenWithGroupingAndTwoDecimalsReadsBackInEveryLocale(@ForAll("amounts") BigDecimal amount,
            @ForAll("locales") Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        String written = format.format(amount);
        assertEquals(0, amount.compareTo(ImportValues.amount("price", written)), written);
    }

    @Property
    void aPlainAmountReadsBack(@ForAll("amounts") BigDecimal amount) {
        assertEquals(0, amount.compareTo(ImportValues.amount("price", amount.toPlainString())));
    }

    @Property
    void whatIsReadIsAlwaysStorable(@ForAll("anyText") String text) {
        try {
            BigDecimal read = ImportValues.amount("price", text);
            assertTrue(org.crmir.shared.Limits.fitsAmount(read));
        } catch (InvalidInputException refused) {
            assertEquals("price", refused.getField());
        }
    }

    @Example
    void aSingleSeparatorBeforeThreeDigitsIsRefusedAsAmbiguous() {
        assertThrows(InvalidInputException.class, () -> ImportValues.amount("price", "1,234"));
        assertThrows(InvalidInputException.class, () -> ImportValues.amount("price", "12.500"));
        assertEquals(new BigDecimal("0.125"), ImportValues.amount("price", "0,125"));
        assertEquals(new BigDecimal("1234567"), ImportValues.amount("price", "1,234,567"));
        assertEquals(new BigDecimal("1234.5"), ImportValues.amount("price", "1.234,5"));
        assertThrows(InvalidInputException.class, () -> ImportValues.amount("price", "1e400"));
        assertThrows(InvalidInputException.class, () -> ImportValues.amount("price", "1000000000000000"));
    }

    @Example
    void yesNoAndChoices() {
        assertTrue(ImportValues.yes("primary", " Yes "));
        assertFalse(ImportValues.yes("primary", ""));
        assertThrows(InvalidInputException.class, () -> ImportValues.yes("primary", "maybe"));
        assertEquals(RowStatus.DUPLICATE, ImportValues.choice(RowStatus.class, "duplicate").orElseThrow());
        assertThrows(InvalidInputException.class, () -> ImportValues.whole("days", "366", 0, 365));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-999999999999.99"),
                new BigDecimal("999999999999.99")).ofScale(2);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("de", "CH"), new Locale("en", "IN"),
                new Locale("sw", "KE"), new Locale("pt", "BR"));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withChars("0123456789.,-+ e'").ofMaxLength(25);
    }
}
