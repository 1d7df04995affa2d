package org.crmir.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV lines as spreadsheets read them: cells with separators, quotes or line breaks are quoted, and cells that a
 * spreadsheet would run as a formula are prefixed with a quote. {@link ListExport} streams lists with it.
 */
public final class CsvExport {

    private static final java.time.format.DateTimeFormatter UTC_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    private CsvExport() {
    }

    static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof java.time.Instant instant) {
            return UTC_TIME.format(instant); // a time a spreadsheet reads as one
        }
        String text = value instanceof Enum<?> constant ? new Labels().of(constant) : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
