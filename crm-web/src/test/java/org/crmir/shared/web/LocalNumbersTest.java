package org.crmir.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LocalNumbersTest {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.UK, Locale.US, GERMAN, Locale.FRANCE,
            new Locale("de", "CH"), new Locale("sw", "KE"), new Locale("nl"), new Locale("es"), Locale.ITALIAN};

    @Test
    void readsTheLocalesDecimalComma() throws Exception {
        assertEquals(new BigDecimal("12.5"), LocalNumbers.parse("12,5", GERMAN));
        assertEquals(new BigDecimal("1234.56"), LocalNumbers.parse("1.234,56", GERMAN));
        assertEquals(new BigDecimal("1234.56"), LocalNumbers.parse("1,234.56", Locale.ENGLISH));
        assertEquals(new BigDecimal("1234.56"), LocalNumbers.parse("1 234,56", Locale.FRANCE));
        assertEquals(new BigDecimal("-3"), LocalNumbers.parse(" -3 ", Locale.ENGLISH));
        assertNull(LocalNumbers.parse("  ", GERMAN));
    }

    @Test
    void refusesWhatItCannotReadWithoutGuessing() {
        assertRefused("12abc", Locale.ENGLISH, LocalNumbers.Refusal.NOT_A_NUMBER);
        assertRefused("abc", GERMAN, LocalNumbers.Refusal.NOT_A_NUMBER);
        assertRefused("1e5", Locale.ENGLISH, LocalNumbers.Refusal.NOT_A_NUMBER);
        // a decimal point typed in German is not silently read as a thousands separator (125)
        assertRefused("12.5", GERMAN, LocalNumbers.Refusal.NOT_A_NUMBER);
        assertRefused("12,5", Locale.ENGLISH, LocalNumbers.Refusal.NOT_A_NUMBER);
        assertRefused("1x".repeat(5000), Locale.ENGLISH, LocalNumbers.Refusal.NOT_A_NUMBER);
        assertRefused("1".repeat(5000), Locale.ENGLISH, LocalNumbers.Refusal.TOO_LARGE);
    }

    @Test
    void refusesBeyondTheColumnRatherThanTruncating() throws Exception {
        assertRefused("1.23456", Locale.ENGLISH, LocalNumbers.Refusal.TOO_MANY_DECIMALS);
        assertRefused("1000000000000000", Locale.ENGLISH, LocalNumbers.Refusal.TOO_LARGE);
        assertRefused("-1.000.000.000.000.000", GERMAN, LocalNumbers.Refusal.TOO_LARGE);
        assertEquals(0, new BigDecimal("999999999999999.9999")
                .compareTo(LocalNumbers.parse("999,999,999,999,999.9999", Locale.ENGLISH)));
        assertEquals(0, new BigDecimal("1.5").compareTo(LocalNumbers.parse("1.500000", Locale.ENGLISH)));
    }

    @Test
    void showsNumbersAsTheReaderWritesThem() {
        assertEquals("19", LocalNumbers.format(new BigDecimal("19.0000"), Locale.ENGLISH));
        assertEquals("1.234,5", LocalNumbers.format(new BigDecimal("1234.5000"), GERMAN));
        assertEquals("1.234,50 EUR", LocalNumbers.money(new BigDecimal("1234.5"), "EUR", GERMAN));
        assertEquals("1,235 JPY", LocalNumbers.money(new BigDecimal("1235"), "JPY", Locale.ENGLISH));
        assertEquals("19%", LocalNumbers.percent(new BigDecimal("19.0000"), Locale.ENGLISH));
        assertEquals("7,5\u00a0%", LocalNumbers.percent(new BigDecimal("7.5"), GERMAN));
    }

    @Property(tries = 2000)
    void whatIsShownReadsBackAsTheSameNumber(@ForAll("storable") BigDecimal value, @ForAll("locales") Locale locale)
            throws Exception {
        assertEquals(0, value.compareTo(LocalNumbers.parse(LocalNumbers.format(value, locale), locale)),
                () -> value + " in " + locale + " shown as " + LocalNumbers.format(value, locale));
    }

    @Property(tries = 500)
    void largerNumbersAreRefused(@ForAll("tooLarge") BigDecimal value, @ForAll("locales") Locale locale) {
        assertRefused(LocalNumbers.format(value, locale), locale, LocalNumbers.Refusal.TOO_LARGE);
    }

    @Property(tries = 500)
    void moreDecimalsAreRefused(@ForAll("storable") BigDecimal value, @ForAll("locales") Locale locale) {
        BigDecimal finer = value.setScale(4).add(new BigDecimal("0.00001").multiply(BigDecimal.valueOf(value.signum() < 0 ? -1 : 1)));
        if (finer.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
            return;
        }
        String text = finer.toPlainString().replace('.', java.text.DecimalFormatSymbols.getInstance(locale)
                .getDecimalSeparator());
        assertRefused(text, locale, LocalNumbers.Refusal.TOO_MANY_DECIMALS);
    }

    @Provide
    Arbitrary<BigDecimal> storable() {
        Arbitrary<Long> units = Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
                .edgeCases(c -> c.add(0L));
        Arbitrary<Integer> tenThousandths = Arbitraries.integers().between(0, 9999);
        return Combinators.combine(units, tenThousandths, Arbitraries.integers().between(0, 4))
                .as((u, f, scale) -> {
                    BigDecimal fraction = BigDecimal.valueOf(f, 4).setScale(scale, java.math.RoundingMode.DOWN);
                    return u < 0 ? BigDecimal.valueOf(u).subtract(fraction) : BigDecimal.valueOf(u).add(fraction);
                });
    }

    @Provide
    Arbitrary<BigDecimal> tooLarge() {
        return Arbitraries.bigDecimals().between(BigDecimal.TEN.pow(15), BigDecimal.TEN.pow(30)).ofScale(2)
                .flatMap(v -> Arbitraries.of(v, v.negate()));
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(LOCALES);
    }

    private static void assertRefused(String text, Locale locale, LocalNumbers.Refusal reason) {
        LocalNumbers.Refused refused = assertThrows(LocalNumbers.Refused.class, () -> LocalNumbers.parse(text, locale),
                () -> text + " in " + locale);
        assertEquals(reason, refused.reason(), () -> text + " in " + locale);
    }
}
