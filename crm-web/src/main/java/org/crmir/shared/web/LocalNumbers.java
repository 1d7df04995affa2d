package org.crmir.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Numbers as people type and read them in their locale ("1.234,5" in German, "1,234.5" in English), within what
 * the database stores: DECIMAL(19,4), i.e. below 10^15 with at most 4 decimals. Parsing refuses rather than
 * truncates, and checks the text's shape before any BigDecimal is made, so a long string costs nothing.
 */
public final class LocalNumbers {

    private static final ConcurrentMap<Locale, DecimalFormat> PROTOTYPES = new ConcurrentHashMap<>();

    /** Why a text is not accepted; the message keys are {@code crmir.number.<reason>}. */
    public enum Refusal { NOT_A_NUMBER, TOO_MANY_DECIMALS, TOO_LARGE }

    /** A refused text, with the reason. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() { return reason; }
    }

    public static final int MAX_DECIMALS = 4;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
    /** 15 digits, 4 decimals, separators and signs leave far less than this. */
    private static final int MAX_LENGTH = 40;

    private LocalNumbers() {
    }

    /** The number in {@code text}, or null when it is blank. */
    public static BigDecimal parse(String text, Locale locale) throws Refused {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (typed.length() > MAX_LENGTH) {
            boolean digitsOnly = typed.chars().allMatch(c -> Character.isDigit(c) || ".,'+-\u2019\u2212".indexOf(c) >= 0
                    || Character.isSpaceChar(c));
            throw new Refused(digitsOnly ? Refusal.TOO_LARGE : Refusal.NOT_A_NUMBER);
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        // Spaces typed for a space-like separator (French, Swiss ...), and ASCII signs for the locale's.
        String normal = typed.replace('\u2212', '-');
        if (Character.isSpaceChar(grouping)) {
            normal = normal.replace(' ', grouping).replace('\u00a0', grouping).replace('\u202f', grouping);
        }
        if (grouping == '\u2019') {
            normal = normal.replace('\'', grouping);
        }
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        // Groups of three, so that "12.5" in German (a mistyped decimal point) is refused rather than read as 125.
        String shape = "[+-]?(\\d+|\\d{1,3}(" + g + "\\d{3})+)(" + d + "\\d+)?|[+-]?" + d + "\\d+";
        if (!normal.matches(shape)) {
            throw new Refused(Refusal.NOT_A_NUMBER);
        }
        String plain = normal.replace(String.valueOf(grouping), "").replace(decimal, '.');
        int point = plain.indexOf('.');
        String integerDigits = (point < 0 ? plain : plain.substring(0, point)).replaceFirst("^[+-]?0*", "");
        if (integerDigits.length() > 15) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        BigDecimal value = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
        if (value.scale() > MAX_DECIMALS) {
            BigDecimal shorter = value.stripTrailingZeros();
            if (shorter.scale() > MAX_DECIMALS) {
                throw new Refused(Refusal.TOO_MANY_DECIMALS);
            }
            value = shorter.setScale(Math.max(shorter.scale(), 0));
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        return value;
    }

    /** The number as typed in the locale: grouped, no trailing zeros ("19" for 19.0000), up to 4 decimals. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        return formatter(locale, 0, MAX_DECIMALS).format(value);
    }

    /**
     * A number with as many decimals as it carries (at most 4): an amount already rounded to its currency's scale
     * shows "566.20", a rate rounded to one decimal "45.0", a count none.
     */
    public static String formatAtScale(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        int decimals = Math.min(Math.max(value.scale(), 0), MAX_DECIMALS);
        return formatter(locale, decimals, MAX_DECIMALS).format(value);
    }

    /** An amount with its currency's decimals and code: "1,234.50 EUR", "1.234,50 EUR". */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        String number = amount(amount, currency, locale);
        return currency == null ? number : number + " " + currency;
    }

    /** An amount with its currency's decimals (more only when it has them, as a unit price may): "1,234.50". */
    public static String amount(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        int digits = 2;
        if (currency != null) {
            try {
                digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
            } catch (IllegalArgumentException unknown) {
                digits = 2;
            }
        }
        int shown = Math.min(MAX_DECIMALS, Math.max(digits, amount.stripTrailingZeros().scale()));
        return formatter(locale, digits, shown).format(amount);
    }

    /** A percentage as the locale writes it: "19%", "19 %" (German, French). */
    public static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(MAX_DECIMALS);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        return percent.format(value.movePointLeft(2));
    }

    /**
     * A number format of the locale, cloned from one kept per locale: looking a locale's format up costs more
     * than formatting (3 % of a dashboard's server time), and a DecimalFormat is not safe to share.
     */
    private static DecimalFormat formatter(Locale locale, int minDecimals, int maxDecimals) {
        DecimalFormat format = (DecimalFormat) PROTOTYPES.computeIfAbsent(locale,
                l -> (DecimalFormat) NumberFormat.getNumberInstance(l)).clone();
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
