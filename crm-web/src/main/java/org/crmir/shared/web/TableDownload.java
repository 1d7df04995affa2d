package org.crmir.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small table already in memory (an analytics table: a header and a few hundred rows at most) sent as a CSV or
 * an Excel download in answer to the current Faces request. {@code name} becomes the file name ({@code name.csv},
 * {@code name.xlsx}) and the sheet's name; each row has one value per column (numbers, dates and text keep their
 * types in the workbook). Lists too large for memory use {@link CsvExport}, which reads page by page.
 */
public final class TableDownload {

    private TableDownload() {
    }

    /** Sends the table as CSV (UTF-8 with a byte order mark; formula-looking text quoted, as {@link CsvExport}). */
    public static void csv(String name, List<String> header, List<? extends List<?>> rows) throws IOException {
        send(fileName(name, "csv"), "text/csv; charset=UTF-8", csvBytes(header, rows));
    }

    /** Sends the table as an Excel workbook ({@link XlsxExport}). */
    public static void xlsx(String name, List<String> header, List<? extends List<?>> rows) throws IOException {
        send(fileName(name, "xlsx"), XlsxExport.CONTENT_TYPE, xlsxBytes(name, header, rows));
    }

    static byte[] csvBytes(List<String> header, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\ufeff'); // so that spreadsheets read UTF-8
            CsvExport.line(out, header);
            for (List<?> row : rows) {
                CsvExport.line(out, row);
            }
        }
        return bytes.toByteArray();
    }

    static byte[] xlsxBytes(String name, List<String> header, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExport.write(bytes, name, header, rows);
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
