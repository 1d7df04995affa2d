package org.crmir.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * How a summary row's change is written to {@code fig_pending} and read back: the key's values as they came from
 * {@link Contributions#normalised} (null, whole number, date, text or decimal), each typed and length-prefixed so
 * that a client segment's name may hold any character; the measures as plain decimals. What is read back equals
 * what was written, type included, so the fold binds a date as a date and a number as a number.
 */
final class PendingRow {

    private PendingRow() {
    }

    /** {@code n} for null, else a type letter, the text's length, a colon and the text: {@code l2:42s3:EUR}. */
    static String encodeKey(List<Object> key) {
        StringBuilder encoded = new StringBuilder();
        for (Object value : key) {
            if (value == null) {
                encoded.append('n');
                continue;
            }
            String text;
            char type;
            if (value instanceof Long number) {
                type = 'l';
                text = number.toString();
            } else if (value instanceof LocalDate date) {
                type = 'd';
                text = date.toString();
            } else if (value instanceof String string) {
                type = 's';
                text = string;
            } else if (value instanceof BigDecimal decimal) {
                type = 'b';
                text = decimal.toPlainString();
            } else {
                throw new IllegalArgumentException("A summary key holds a value of an unexpected kind: " + value);
            }
            encoded.append(type).append(text.length()).append(':').append(text);
        }
        return encoded.toString();
    }

    static List<Object> decodeKey(String encoded) {
        List<Object> key = new ArrayList<>();
        int at = 0;
        while (at < encoded.length()) {
            char type = encoded.charAt(at++);
            if (type == 'n') {
                key.add(null);
                continue;
            }
            int colon = encoded.indexOf(':', at);
            int length = Integer.parseInt(encoded.substring(at, colon));
            String text = encoded.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            key.add(switch (type) {
                case 'l' -> Long.valueOf(text);
                case 'd' -> LocalDate.parse(text);
                case 's' -> text;
                case 'b' -> new BigDecimal(text);
                default -> throw new IllegalArgumentException("Not a pending summary key: " + encoded);
            });
        }
        return key;
    }

    static String encodeMeasures(BigDecimal[] measures) {
        StringJoiner encoded = new StringJoiner(",");
        for (BigDecimal measure : measures) {
            encoded.add(measure.toPlainString());
        }
        return encoded.toString();
    }

    static BigDecimal[] decodeMeasures(String encoded) {
        String[] parts = encoded.split(",", -1);
        BigDecimal[] measures = new BigDecimal[parts.length];
        for (int i = 0; i < parts.length; i++) {
            measures[i] = new BigDecimal(parts[i]);
        }
        return measures;
    }
}
