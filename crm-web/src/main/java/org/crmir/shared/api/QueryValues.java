package org.crmir.shared.api;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Limits;

/**
 * Reads query parameters by hand, so that a bad value is a 422 naming the parameter (JAX-RS would answer 404
 * with an internal message) and checked against the same limits as a body. Absent or blank means null.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** A record id: a whole number from 1. */
    public static Long id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(name, "must be an id (a whole number from 1), not '" + shown(value) + "'");
    }

    public static Integer whole(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE);
        }
    }

    public static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (Limits.fitsDate(date)) {
                return date;
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new InvalidInputException(name, Limits.DATE_RULE);
    }

    public static Instant instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.strip());
            if (Limits.fitsDate(LocalDate.ofInstant(instant, ZoneOffset.UTC))) {
                return instant;
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new InvalidInputException(name, "must be a time such as 2026-01-31T00:00:00Z, in the years 1900 to 9999");
    }

    public static BigDecimal amount(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            // A long text is no amount; the bound keeps "1e999999999" from reaching BigDecimal at all.
            BigDecimal amount = text.length() <= 40 ? new BigDecimal(text) : null;
            if (amount != null && Limits.fitsAmount(amount)) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(name, "must be a number such as 100.00 that " + Limits.AMOUNT_RULE
                .replace("must be ", "is "));
    }

    public static boolean flag(String name, String value) {
        if (blank(value) || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(name, "must be true or false");
    }

    /** One of an enum's constants, in any case; the refusal lists them all. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * A status as list URLs carry it: one constant's name in any case (draft, partially_paid), or the name of one
     * of the list's {@code groups} ({@code open}: the statuses it stands for). Blank is the empty set: any status.
     */
    public static <E extends Enum<E>> Set<E> statuses(String name, String value, Class<E> type,
            Map<String, Set<E>> groups) {
        if (blank(value)) {
            return Set.of();
        }
        Set<E> group = groups.get(value.strip().toLowerCase(Locale.ROOT));
        if (group != null) {
            return group;
        }
        try {
            return Set.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Stream.concat(groups.keySet().stream().sorted(),
                    Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** An ISO 4217 currency code (EUR), in any case; answered in upper case. */
    public static String currency(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            try {
                Currency.getInstance(code);
                return code;
            } catch (IllegalArgumentException e) {
                // refused below
            }
        }
        throw new InvalidInputException(name, "must be a currency code such as EUR, not '" + shown(value) + "'");
    }

    /** The clients' owner: {@code me} or a user id. */
    public static ClientOwner owner(String name, String value) {
        return ClientOwner.parse(name, value);
    }

    /**
     * The client a list is narrowed to, as {@code clientId} (the API's first name for it) or {@code client} (as
     * the pages' URLs name it); both at once must agree.
     */
    public static Long clientId(String clientId, String client) {
        Long byId = id("clientId", clientId);
        Long byName = id("client", client);
        if (byId != null && byName != null && !byId.equals(byName)) {
            throw new InvalidInputException("client", "names another client than clientId; give one of them");
        }
        return byId != null ? byId : byName;
    }

    /** Free text, without the blanks around it. */
    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
