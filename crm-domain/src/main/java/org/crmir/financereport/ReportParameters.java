package org.crmir.financereport;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.crmir.shared.InvalidInputException.Violation;
import org.crmir.shared.InvalidInputException;

/**
 * What a run covers: a period (first and last day, both included) for reports that have one, or the day a report
 * without one is as of ({@code asOf}: the day it was asked for, so that running it again ages as it did), a
 * currency, and optionally one client. {@link #checkedFor} is the one place these rules live; a run stores them as
 * {@link #text()}, which {@link #parse} reads back.
 */
public record ReportParameters(LocalDate from, LocalDate to, String currency, Long clientId, LocalDate asOf)
        implements Serializable {

    /** Parameters as asked for: the day a report is as of is the service's to set ({@link #asOf(LocalDate)}). */
    public ReportParameters(LocalDate from, LocalDate to, String currency, Long clientId) {
        this(from, to, currency, clientId, null);
    }

    /** The longest period a run may cover: three years (and a day for a leap year). */
    public static final long MAX_DAYS = 1096;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /**
     * These parameters, made fit for {@code report} (the currency in capitals), or every broken rule at once, each
     * naming its field ({@code from}, {@code to}, {@code currency}, {@code clientId}): a report with a period needs
     * both its days, a report as of a day takes none.
     */
    public ReportParameters checkedFor(FinanceReport report) {
        List<Violation> broken = new ArrayList<>();
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            broken.add(new Violation("currency", "is required: a report sums one currency"));
        } else if (!code.matches("[A-Z]{3}") || !knownCurrency(code)) {
            broken.add(new Violation("currency", "is not a currency code (ISO 4217, such as EUR)"));
        }
        if (clientId != null && clientId <= 0) {
            broken.add(new Violation("clientId", "must be a client's id"));
        }
        if (report.hasPeriod()) {
            if (from == null) {
                broken.add(new Violation("from", "is required: the first day of the period (" + report.periodOf()
                        + ")"));
            } else if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
                broken.add(new Violation("from", "must lie in the years 1900 to 9999"));
            }
            if (to == null) {
                broken.add(new Violation("to", "is required: the last day of the period (" + report.periodOf()
                        + ")"));
            } else if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
                broken.add(new Violation("to", "must lie in the years 1900 to 9999"));
            } else if (from != null && to.isBefore(from)) {
                broken.add(new Violation("to", "must not be before the first day of the period (" + from + ")"));
            } else if (from != null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                broken.add(new Violation("to", "makes the period longer than " + MAX_DAYS + " days (three years);"
                        + " run it in parts"));
            }
        } else {
            String asOfToday = "is not taken: " + report.title() + " is as of the day it is asked for; leave the"
                    + " period out";
            if (from != null) {
                broken.add(new Violation("from", asOfToday));
            }
            if (to != null) {
                broken.add(new Violation("to", asOfToday));
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
        return new ReportParameters(from, to, code, clientId, report.hasPeriod() ? null : asOf);
    }

    /** These parameters as of {@code day} (for a report without a period: the day it was asked for). */
    public ReportParameters asOf(LocalDate day) {
        return new ReportParameters(from, to, currency, clientId, day);
    }

    /** The day the report is as of: the one stored, or {@code today} for a run stored without one. */
    public LocalDate asOfOr(LocalDate today) {
        return asOf == null ? today : asOf;
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * As stored with a run: {@code currency=EUR;from=2026-01-01;to=2026-01-31;client=7} or
     * {@code currency=EUR;asOf=2026-12-01}, absent parts left out.
     */
    public String text() {
        StringJoiner text = new StringJoiner(";");
        text.add("currency=" + currency);
        if (asOf != null) {
            text.add("asOf=" + asOf);
        }
        if (from != null) {
            text.add("from=" + from);
        }
        if (to != null) {
            text.add("to=" + to);
        }
        if (clientId != null) {
            text.add("client=" + clientId);
        }
        return text.toString();
    }

    /** Reads {@link #text()} back. */
    public static ReportParameters parse(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return new ReportParameters(parts.containsKey("from") ? LocalDate.parse(parts.get("from")) : null,
                parts.containsKey("to") ? LocalDate.parse(parts.get("to")) : null, parts.get("currency"),
                parts.containsKey("client") ? Long.valueOf(parts.get("client")) : null,
                parts.containsKey("asOf") ? LocalDate.parse(parts.get("asOf")) : null);
    }

    /**
     * For people, days in {@code locale}: "EUR, Jan 1, 2026 to Jan 31, 2026, client #7" or "EUR, as of Dec 1,
     * 2026".
     */
    public String describe(java.util.Locale locale) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale);
        String when = from != null ? ", " + day.format(from) + " to " + day.format(to)
                : asOf != null ? ", as of " + day.format(asOf) : ", as of the day it ran";
        return currency + when
                + (clientId == null ? "" : ", client #" + clientId);
    }
}
