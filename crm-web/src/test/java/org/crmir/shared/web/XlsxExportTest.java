package org.crmir.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The workbook is read back as Excel would: the zip's parts, then the sheet's XML with the JDK's parser. */
class XlsxExportTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void aTableOpensWithItsPartsAndTypedCells() throws Exception {
        List<List<?>> rows = List.of(
                Arrays.asList("Consulting", new BigDecimal("1234.50"), 3, LocalDate.of(2024, 1, 1), true),
                Arrays.asList("=SUM(A1)", new BigDecimal("-0.0001"), 12_000_000_000L, null, false));
        Map<String, Document> parts = open(write("Revenue by product",
                List.of("Product", "Revenue", "Invoices", "First sale", "Active"), rows));

        assertEquals(List.of("Product", "Revenue", "Invoices", "First sale", "Active"), texts(parts, 1));
        Map<String, Element> second = cells(parts.get("xl/worksheets/sheet1.xml"), 2);
        assertText("Consulting", second.get("A2"));
        assertNumber("1234.50", second.get("B2"));
        assertNumber("3", second.get("C2"));
        assertNumber("45292", second.get("D2")); // Excel's serial day of 2024-01-01
        assertEquals("2", second.get("D2").getAttribute("s"), "a date cell has the date style");
        assertEquals("b", second.get("E2").getAttribute("t"));
        assertEquals("1", value(second.get("E2")));

        Map<String, Element> third = cells(parts.get("xl/worksheets/sheet1.xml"), 3);
        assertText("=SUM(A1)", third.get("A3"));
        assertNumber("-0.0001", third.get("B3"));
        assertNumber("12000000000", third.get("C3"));
        assertEquals(null, third.get("D3"), "an empty value leaves the cell out");
        assertEquals("0", value(third.get("E3")));
        assertEquals(0, parts.get("xl/worksheets/sheet1.xml").getElementsByTagNameNS(MAIN, "f").getLength(),
                "no formula anywhere");
    }

    @Test
    void theHeaderIsBoldTheDateStyleIsADateAndTheSheetIsNamed() throws Exception {
        Map<String, Document> parts = open(write("Collections: 2026/Q1 [EUR]", List.of("Month"), List.of()));
        Element header = cells(parts.get("xl/worksheets/sheet1.xml"), 1).get("A1");
        assertEquals("1", header.getAttribute("s"));
        Document styles = parts.get("xl/styles.xml");
        Element headerStyle = (Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0).getChildNodes().item(1);
        Element boldFont = (Element) styles.getElementsByTagNameNS(MAIN, "font")
                .item(Integer.parseInt(headerStyle.getAttribute("fontId")));
        assertEquals(1, boldFont.getElementsByTagNameNS(MAIN, "b").getLength());
        Element dateStyle = (Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0).getChildNodes().item(2);
        assertEquals("164", dateStyle.getAttribute("numFmtId"));
        assertEquals("yyyy-mm-dd", ((Element) styles.getElementsByTagNameNS(MAIN, "numFmt").item(0))
                .getAttribute("formatCode"));
        Element sheet = (Element) parts.get("xl/workbook.xml").getElementsByTagNameNS(MAIN, "sheet").item(0);
        assertEquals("Collections  2026 Q1  EUR", sheet.getAttribute("name"));
        assertTrue(parts.containsKey("[Content_Types].xml") && parts.containsKey("_rels/.rels")
                && parts.containsKey("xl/_rels/workbook.xml.rels"), parts.keySet().toString());
    }

    @Test
    void markupControlCharactersAndExcelEscapesSurviveAsTheSameText() throws Exception {
        String awkward = "<b>Tom & \"Jerry\"</b>\u0001 _x0041_ é 😀\tend";
        Map<String, Document> parts = open(write("x", List.of("Name"), List.of(List.of(awkward))));
        Element cell = cells(parts.get("xl/worksheets/sheet1.xml"), 2).get("A2");
        // what the XML carries, before Excel turns _xHHHH_ back into characters
        assertEquals("<b>Tom & \"Jerry\"</b>_x0001_ _x005F_x0041_ é 😀\tend",
                cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent());
    }

    @Property(tries = 200)
    void anyTextMakesAWellFormedSheetThatReadsBackUnescaped(@ForAll String text) throws Exception {
        Map<String, Document> parts = open(write(text, List.of(text), List.of(List.of(text))));
        Element cell = cells(parts.get("xl/worksheets/sheet1.xml"), 2).get("A2");
        assertEquals(text.length() > XlsxExport.MAX_CELL_TEXT ? null : text,
                text.length() > XlsxExport.MAX_CELL_TEXT ? null
                        : unescapeLikeExcel(cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent()));
    }

    @Test
    void columnsAreNamedLikeExcels() {
        assertEquals("A", XlsxExport.columnName(0));
        assertEquals("Z", XlsxExport.columnName(25));
        assertEquals("AA", XlsxExport.columnName(26));
        assertEquals("ZZ", XlsxExport.columnName(701));
        assertEquals("AAA", XlsxExport.columnName(702));
    }

    @Test
    void notANumberIsWrittenAsText() throws Exception {
        Map<String, Document> parts = open(write("x", List.of("Rate"), List.of(List.of(Double.NaN))));
        assertText("NaN", cells(parts.get("xl/worksheets/sheet1.xml"), 2).get("A2"));
    }

    @Test
    void aTimeIsATimeCellInUtc() throws Exception {
        Map<String, Document> parts = open(write("x", List.of("When (UTC)"),
                List.of(List.of(java.time.Instant.parse("2026-12-02T18:00:00Z")))));
        Element cell = cells(parts.get("xl/worksheets/sheet1.xml"), 2).get("A2");
        assertEquals("3", cell.getAttribute("s"), "the date-and-time style");
        // 2026-12-02 is day 46358 since Excel's epoch; 18:00 is three quarters of a day
        assertEquals(0, new BigDecimal("46358.75").compareTo(new BigDecimal(value(cell))));
    }

    @Test
    void aSheetWrittenRowByRowIsTheSameAsOneWrittenAtOnce() throws Exception {
        List<List<?>> rows = List.of(List.of("a", 1), List.of("b", 2));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (XlsxExport.Sheet sheet = new XlsxExport.Sheet(streamed, "x", List.of("Name", "N"), rows)) {
            for (List<?> row : rows) {
                sheet.row(row);
            }
        }
        Map<String, Document> parts = open(streamed.toByteArray());
        assertEquals(List.of("Name", "N"), texts(parts, 1));
        assertNumber("2", cells(parts.get("xl/worksheets/sheet1.xml"), 3).get("B3"));
    }

    /** Excel's reading of _xHHHH_: the character with that code. */
    private static String unescapeLikeExcel(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("_x", i) && i + 7 <= text.length() && text.charAt(i + 6) == '_'
                    && text.substring(i + 2, i + 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    static byte[] write(String sheet, List<String> header, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExport.write(bytes, sheet, header, rows);
        return bytes.toByteArray();
    }

    /** Every part of the package, parsed (a part that is not well-formed XML fails the test). */
    static Map<String, Document> open(byte[] xlsx) throws Exception {
        Map<String, Document> parts = new HashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        return parts;
    }

    /** The cells of one row by reference ("B2"). */
    static Map<String, Element> cells(Document sheet, int row) {
        NodeList rows = sheet.getElementsByTagNameNS(MAIN, "row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element r = (Element) rows.item(i);
            if (r.getAttribute("r").equals(Integer.toString(row))) {
                Map<String, Element> cells = new HashMap<>();
                NodeList cs = r.getElementsByTagNameNS(MAIN, "c");
                for (int j = 0; j < cs.getLength(); j++) {
                    Element c = (Element) cs.item(j);
                    cells.put(c.getAttribute("r"), c);
                }
                return cells;
            }
        }
        throw new AssertionError("no row " + row);
    }

    static List<String> texts(Map<String, Document> parts, int row) {
        List<String> texts = new ArrayList<>();
        cells(parts.get("xl/worksheets/sheet1.xml"), row).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> texts.add(e.getValue().getElementsByTagNameNS(MAIN, "t").item(0).getTextContent()));
        return texts;
    }

    private static String value(Element cell) {
        return cell.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
    }

    private static void assertText(String expected, Element cell) {
        assertEquals("inlineStr", cell.getAttribute("t"));
        assertEquals(expected, cell.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent());
    }

    private static void assertNumber(String expected, Element cell) {
        assertEquals("", cell.getAttribute("t"), "a number cell has no type (n)");
        assertEquals(expected, value(cell));
    }
}
