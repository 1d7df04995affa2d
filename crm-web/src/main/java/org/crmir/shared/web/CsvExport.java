package org.crmir.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.crmir.shared.PageRequest;

/**
 * A list's filtered rows as a CSV download, read from the database page by page (never all at once) up to
 * {@link #MAX_ROWS}. Cells that a spreadsheet would run as a formula are prefixed with a quote.
 */
public final class CsvExport {

    public static final int MAX_ROWS = 100_000;
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private CsvExport() {
    }

    public static <T> void download(String fileName, List<String> header, Function<PageRequest, List<T>> pages,
            Function<T, List<?>> cells) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write('\ufeff'); // so that spreadsheets read UTF-8
            line(out, header);
            for (int offset = 0; offset < MAX_ROWS; offset += PAGE) {
                List<T> rows = pages.apply(new PageRequest(offset, PAGE, null, true));
                for (T row : rows) {
                    line(out, cells.apply(row));
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
        faces.responseComplete();
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
