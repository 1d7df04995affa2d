package org.crmir.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Limits;

/**
 * Reads the numbers, yes/no answers and choices a spreadsheet writes, in whichever locale it was saved: 1234.5,
 * 1,234.50, 1.234,50, 1 234,50 and 1'234.50 are all the same amount. An amount is checked against what CRMir stores
 * (DECIMAL(19,4)) before anything is done with it; nothing is rounded.
 */
public final class ImportValues {

    private ImportValues() {
    }

    /**
     * The amount written in {@code text}. The last of "." and "," is the decimal point when both appear; one that
     * appears several times groups thousands (1,234,567). A single one followed by exactly three digits (1,234 or
     * 12.500) is refused: it means a thousand times more in one locale than in another, and guessing wrong with
     * money is worse than asking.
     */
    public static BigDecimal amount(String field, String text) {
        String plain = text.strip().replaceAll("[\\s\\u00A0\\u202F\\u2019']", "");
        if (plain.length() > 60) {
            throw new InvalidInputException(field, Limits.AMOUNT_RULE);
        }
        int lastDot = plain.lastIndexOf('.');
        int lastComma = plain.lastIndexOf(',');
        String normal;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            normal = grouped(plain, grouping, decimal, field);
        } else if (count(plain, ',') > 1 || count(plain, '.') > 1) {
            char grouping = lastComma >= 0 ? ',' : '.';
            normal = grouped(plain, grouping, '\0', field);
        } else if (plain.matches("[+-]?[1-9]\\d*[.,]\\d{3}")) {
            throw new InvalidInputException(field, "\"" + plain + "\" could be read two ways; write it without a"
                    + " thousands separator, such as 1234 or 1234.50");
        } else {
            normal = plain.replace(',', '.');
        }
        if (!normal.matches("[+-]?\\d+(\\.\\d+)?")) {
            throw new InvalidInputException(field, "\"" + text.strip() + "\" is not an amount, such as 1250.00");
        }
        return Limits.amount(field, new BigDecimal(normal));
    }

    private static String grouped(String plain, char grouping, char decimal, String field) {
        int point = decimal == '\0' ? plain.length() : plain.lastIndexOf(decimal);
        String whole = plain.substring(0, point);
        String fraction = point < plain.length() ? plain.substring(point + 1) : null;
        if (!whole.matches("[+-]?\\d{1,3}(\\" + grouping + "\\d{3})*")) {
            throw new InvalidInputException(field, "\"" + plain + "\" is not an amount, such as 1250.00");
        }
        return whole.replace(String.valueOf(grouping), "") + (fraction == null ? "" : "." + fraction);
    }

    private static int count(String text, char ch) {
        return (int) text.chars().filter(c -> c == ch).count();
    }

    /** A whole number between {@code min} and {@code max}. */
    public static int whole(String field, String text, int min, int max) {
        String plain = text.strip();
        if (!plain.matches("[+-]?\\d{1,9}")) {
            throw new InvalidInputException(field, "\"" + plain + "\" is not a whole number");
        }
        int value = Integer.parseInt(plain);
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** yes/no, true/false, 1/0, x or empty. */
    public static boolean yes(String field, String text) {
        String answer = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (answer) {
            case "yes", "y", "true", "1", "x", "primary" -> true;
            case "no", "n", "false", "0", "" -> false;
            default -> throw new InvalidInputException(field, "\"" + text.strip() + "\" is not yes or no");
        };
    }

    /** The constant of {@code type} whose name or label {@code text} is, ignoring case. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        String wanted = ImportField.simple(text);
        for (E constant : type.getEnumConstants()) {
            if (ImportField.simple(constant.name()).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
