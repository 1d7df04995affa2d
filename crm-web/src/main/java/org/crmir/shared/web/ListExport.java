package org.crmir.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;

/**
 * A list with the filters it shows, downloaded as CSV or as an Excel workbook: read from the database a page at a
 * time and written to the response as each page arrives, so that no more than one page is ever held. Pages follow
 * by keyset (each starts after the previous page's last row: one index range however deep), up to {@link #MAX_ROWS}
 * rows, the most an Excel sheet holds.
 */
public final class ListExport {

    /** An Excel sheet's 1,048,576 rows, less the header. */
    public static final int MAX_ROWS = 1_048_575;
    private static final int PAGE = PageRequest.MAX_LIMIT;

    /** The two formats a list downloads in. */
    public enum Format { CSV, XLSX }

    private ListExport() {
    }

    /**
     * Sends the list as {@code name.csv} or {@code name.xlsx}.
     *
     * @param format "CSV" or "XLSX"
     * @param pages  the list's rows for a page, with the list's current filters, honouring
     *               {@link PageRequest#afterId()} in the list's default order
     * @param cells  one row's cells, one per header column (numbers and dates keep their types in the workbook)
     * @param idOf   a row's id
     */
    public static <T> void send(String format, String name, List<String> header,
            Function<PageRequest, List<T>> pages, Function<T, List<?>> cells, Function<T, Long> idOf)
            throws IOException {
        Format chosen = format(format);
        List<T> first = pages.apply(new PageRequest(0, PAGE, null, true));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(chosen == Format.CSV ? "text/csv; charset=UTF-8" : XlsxExport.CONTENT_TYPE);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\""
                + TableDownload.fileName(name, chosen.name().toLowerCase(Locale.ROOT)) + "\"");
        OutputStream out = external.getResponseOutputStream();
        if (chosen == Format.CSV) {
            try (Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                csv.write('\ufeff'); // so that spreadsheets read UTF-8
                CsvExport.line(csv, header);
                each(first, pages, cells, idOf, row -> CsvExport.line(csv, row));
            }
        } else {
            List<List<?>> sample = new ArrayList<>();
            first.forEach(row -> sample.add(cells.apply(row)));
            try (XlsxExport.Sheet sheet = new XlsxExport.Sheet(out, name, header, sample)) {
                each(first, pages, cells, idOf, sheet::row);
            }
            out.close();
        }
        faces.responseComplete();
    }

    static Format format(String format) {
        try {
            return Format.valueOf(format == null ? "" : format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("format", "must be CSV or XLSX");
        }
    }

    private interface RowSink {
        void write(List<?> cells) throws IOException;
    }

    private static <T> void each(List<T> first, Function<PageRequest, List<T>> pages, Function<T, List<?>> cells,
            Function<T, Long> idOf, RowSink sink) throws IOException {
        List<T> page = first;
        int written = 0;
        while (true) {
            for (T row : page) {
                if (written == MAX_ROWS) {
                    return;
                }
                sink.write(cells.apply(row));
                written++;
            }
            if (page.size() < PAGE || written == MAX_ROWS) {
                return;
            }
            page = pages.apply(PageRequest.after(idOf.apply(page.get(page.size() - 1)), PAGE));
        }
    }
}
