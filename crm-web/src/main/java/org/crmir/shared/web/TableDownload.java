package org.crmir.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small table already in memory (an analytics table: a header and a few hundred rows at most) offered as a CSV
 * or an Excel download. A fragment's bean exposes a {@link Table}; the page includes
 * {@code /WEB-INF/includes/table-download.xhtml} with {@code table} and {@code id} (unique on the page), which
 * shows the two buttons. Lists too large for memory use {@link CsvExport}, which reads page by page.
 */
@Named
@ApplicationScoped
public class TableDownload {

    /**
     * What to download: {@code name} becomes the file name ({@code name.csv}, {@code name.xlsx}) and the sheet's
     * name; each row has one value per header column (numbers, dates and text keep their types in the workbook).
     */
    public record Table(String name, List<String> header, List<? extends List<?>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** Sends the table as CSV (UTF-8 with a byte order mark; formula-looking text quoted, as {@link CsvExport}). */
    public void csv(Table table) throws IOException {
        send(fileName(table.name(), "csv"), "text/csv; charset=UTF-8", csvBytes(table));
    }

    /** Sends the table as an Excel workbook ({@link XlsxExport}). */
    public void xlsx(Table table) throws IOException {
        send(fileName(table.name(), "xlsx"), XlsxExport.CONTENT_TYPE, xlsxBytes(table));
    }

    static byte[] csvBytes(Table table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\ufeff'); // so that spreadsheets read UTF-8
            CsvExport.line(out, table.header());
            for (List<?> row : table.rows()) {
                CsvExport.line(out, row);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] xlsxBytes(Table table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExport.write(bytes, table.name(), table.header(), table.rows());
        return bytes.toByteArray();
    }

    /** A file name safe in a Content-Disposition header: letters, digits, dot, dash and underscore. */
    static String fileName(String name, String extension) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return (safe.isEmpty() ? "table" : safe) + "." + extension;
    }

    private static void send(String fileName, String contentType, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
