package org.crmir.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.crmir.shared.Money;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Numbers and dates on a page in the reader's locale: {@code #{fmt.money(i.total, i.currency)}},
 * {@code #{fmt.percent(line.taxRate)}}, {@code #{fmt.number(q)}}, {@code #{fmt.date(d)}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String money(BigDecimal amount, Object currency) {
        return LocalNumbers.money(amount, currency == null ? null : currency.toString(), Labels.viewLocale());
    }

    /** A Money in the reader's locale with its currency's decimals. */
    public String amount(Money money) {
        return of(money);
    }

    public static String of(Money money) {
        return money == null ? "" : LocalNumbers.money(money.amount(), money.currency(), Labels.viewLocale());
    }

    /** An amount without its code, for columns whose header names the currency. */
    public String plain(BigDecimal amount, Object currency) {
        return LocalNumbers.amount(amount, currency == null ? null : currency.toString(), Labels.viewLocale());
    }

    public String number(BigDecimal value) {
        return LocalNumbers.format(value, Labels.viewLocale());
    }

    /**
     * A table cell as the reader writes numbers, keeping the decimals the number carries (money at its currency's
     * scale); a count as a grouped integer; text as it is. Downloads keep the plain value.
     */
    public String cell(Object value) {
        if (value instanceof BigDecimal number) {
            return LocalNumbers.formatAtScale(number, Labels.viewLocale());
        }
        if (value instanceof Long || value instanceof Integer) {
            return LocalNumbers.format(BigDecimal.valueOf(((Number) value).longValue()), Labels.viewLocale());
        }
        return value == null ? "" : value.toString();
    }

    /** Whether a table cell holds a number (set right-aligned). */
    public boolean isNumber(Object value) {
        return value instanceof Number;
    }

    public String percent(BigDecimal value) {
        return LocalNumbers.percent(value, Labels.viewLocale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Labels.viewLocale()).format(date);
    }
}
