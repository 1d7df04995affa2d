package org.crmir.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One table as an Excel workbook (Office Open XML SpreadsheetML, .xlsx), written with the JDK's zip alone: a bold
 * header row that stays in view, numbers as numeric cells, dates as date cells (yyyy-mm-dd), true/false as
 * booleans, everything else as inline text. Text is never a formula in this format (formulas live in their own
 * element, which is never written), so "=SUM(A1)" in a client's name stays text.
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel holds at most this many characters in a cell and refuses the whole file beyond it. */
    static final int MAX_CELL_TEXT = 32_767;

    /** Excel counts days from 1899-12-30; before March 1900 its calendar is off by a day (its 1900 leap year). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate FIRST_EXACT_DATE = LocalDate.of(1900, 3, 1);

    private static final int STYLE_HEADER = 1;
    private static final int STYLE_DATE = 2;
    /** Times are written in UTC, as the column header says where it matters. */
    private static final int STYLE_DATETIME = 3;
    private static final int DATE_WIDTH = 12;

    private XlsxExport() {
    }

    /** Writes the workbook to {@code out} (left open), one sheet named {@code sheetName}. */
    public static void write(OutputStream out, String sheetName, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        try (Sheet sheet = new Sheet(out, sheetName, header, rows)) {
            for (List<?> row : rows) {
                sheet.row(row);
            }
        }
    }

    /**
     * A workbook written row by row as rows arrive, so that a list of any length streams through without being
     * held: the column widths come from the header and the rows given when it is opened (the first page).
     */
    public static final class Sheet implements java.io.Closeable {

        private final ZipOutputStream zip;
        private final Writer xml;
        private int number = 2;

        public Sheet(OutputStream out, String sheetName, List<String> header, List<? extends List<?>> sample)
                throws IOException {
            zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, xml, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, xml, "_rels/.rels", PACKAGE_RELATIONSHIPS);
            entry(zip, xml, "xl/workbook.xml", workbook(sheetName));
            entry(zip, xml, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS);
            entry(zip, xml, "xl/styles.xml", STYLES);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            open(xml, header, sample);
        }

        public void row(List<?> cells) throws IOException {
            XlsxExport.row(xml, number++, cells, false);
        }

        /** Ends the sheet and the file; the stream under it stays open. */
        @Override
        public void close() throws IOException {
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
            zip.finish();
        }
    }

    private static void entry(ZipOutputStream zip, Writer xml, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private static void open(Writer xml, List<String> header, List<? extends List<?>> rows) throws IOException {
        xml.write(XML_DECLARATION);
        xml.write("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews>");
        int columns = header.size();
        for (List<?> row : rows) {
            columns = Math.max(columns, row.size());
        }
        if (columns > 0) {
            xml.write("<cols>");
            for (int c = 0; c < columns; c++) {
                xml.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width(c, header, rows)
                        + "\" customWidth=\"1\"/>");
            }
            xml.write("</cols>");
        }
        xml.write("<sheetData>");
        row(xml, 1, header, true);
    }

    /** Wide enough for the longest value of the column, within reason. */
    private static int width(int column, List<String> header, List<? extends List<?>> rows) {
        int widest = column < header.size() && header.get(column) != null ? header.get(column).length() : 0;
        for (List<?> row : rows) {
            if (column < row.size() && row.get(column) != null) {
                Object value = row.get(column);
                widest = Math.max(widest, value instanceof LocalDate ? DATE_WIDTH
                        : value instanceof java.time.Instant ? DATE_WIDTH + 9 : text(value).length());
            }
        }
        return Math.min(60, Math.max(8, widest + 2));
    }

    private static void row(Writer xml, int number, List<?> cells, boolean header) throws IOException {
        xml.write("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value != null) {
                cell(xml, columnName(c) + number, value, header);
            }
        }
        xml.write("</row>");
    }

    private static void cell(Writer xml, String ref, Object value, boolean header) throws IOException {
        String style = header ? " s=\"" + STYLE_HEADER + "\"" : "";
        if (!header && value instanceof LocalDate date && !date.isBefore(FIRST_EXACT_DATE)) {
            long serial = ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
            xml.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATE + "\"><v>" + serial + "</v></c>");
        } else if (!header && value instanceof java.time.Instant instant) {
            java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
            BigDecimal serial = BigDecimal.valueOf(ChronoUnit.DAYS.between(EXCEL_EPOCH, utc.toLocalDate()))
                    .add(BigDecimal.valueOf(utc.toLocalTime().toSecondOfDay()).divide(BigDecimal.valueOf(86_400), 10,
                            java.math.RoundingMode.HALF_UP));
            xml.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATETIME + "\"><v>" + serial.toPlainString() + "</v></c>");
        } else if (!header && number(value) != null) {
            xml.write("<c r=\"" + ref + "\"><v>" + number(value) + "</v></c>");
        } else if (!header && value instanceof Boolean flag) {
            xml.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (flag ? 1 : 0) + "</v></c>");
        } else {
            xml.write("<c r=\"" + ref + "\" t=\"inlineStr\"" + style + "><is><t xml:space=\"preserve\">"
                    + escape(text(value)) + "</t></is></c>");
        }
    }

    /** The value as an Excel number, or null if it is not one Excel can hold exactly enough. */
    static String number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : null;
        }
        return null;
    }

    private static String text(Object value) {
        String text = value instanceof Enum<?> constant ? new Labels().of(constant) : value.toString();
        return text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text;
    }

    /** A, B, ..., Z, AA, AB, ... for the 0-based column. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /**
     * Text as XML character data. Characters XML cannot carry (control characters, lone surrogates) are written
     * the way Excel reads them back, {@code _xHHHH_}; a literal {@code _xHHHH_} in the text is kept literal by
     * escaping its underscore the same way.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;"); // a bare CR would be read back as a line feed
                case '_' -> out.append(looksEscaped(text, i) ? "_x005F_" : "_");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(ch).append(text.charAt(++i));
                    } else if (ch == '\t' || ch == '\n' || (ch >= 0x20 && ch < 0xD800)
                            || (ch > 0xDFFF && ch < 0xFFFE)) {
                        out.append(ch);
                    } else {
                        out.append(String.format("_x%04X_", (int) ch));
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean looksEscaped(String text, int underscore) {
        if (underscore + 7 > text.length() || text.charAt(underscore + 1) != 'x'
                || text.charAt(underscore + 6) != '_') {
            return false;
        }
        for (int i = underscore + 2; i < underscore + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A sheet's name as Excel takes it: at most 31 characters, none of {@code []:*?/\}, no quote at either end. */
    static String sheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ")
                .replaceAll("^'+|'+$", "").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31).strip() : cleaned;
    }

    private static String workbook(String sheetName) {
        return XML_DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                + "<sheet name=\"" + escape(sheetName(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>";
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static final String CONTENT_TYPES = XML_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats"
            + "-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String PACKAGE_RELATIONSHIPS = XML_DECLARATION
            + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    private static final String WORKBOOK_RELATIONSHIPS = XML_DECLARATION
            + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    /** Style 0 plain, 1 the bold header, 2 a date (yyyy-mm-dd, format 164), 3 a UTC time (format 165). */
    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
