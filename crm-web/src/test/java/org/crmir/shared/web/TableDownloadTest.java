package org.crmir.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TableDownloadTest {

    private static final List<String> HEADER = List.of("Product", "Month", "Revenue");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("Acme, \"Pro\"", LocalDate.of(2026, 3, 1), new BigDecimal("100.00")),
            Arrays.asList("=HYPERLINK(\"http://x\")", null, new BigDecimal("-5")));

    @Test
    void theCsvQuotesGuardsFormulasAndEndsLinesWithCrLf() throws Exception {
        String csv = new String(TableDownload.csvBytes(HEADER, ROWS), StandardCharsets.UTF_8);
        assertEquals("\ufeffProduct,Month,Revenue\r\n"
                + "\"Acme, \"\"Pro\"\"\",2026-03-01,100.00\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",,-5\r\n", csv);
    }

    @Test
    void theWorkbookHoldsTheSameTable() throws Exception {
        Map<String, Document> parts = XlsxExportTest.open(TableDownload.xlsxBytes("revenue by product", HEADER, ROWS));
        assertEquals(List.of("Product", "Month", "Revenue"), XlsxExportTest.texts(parts, 1));
        var row = XlsxExportTest.cells(parts.get("xl/worksheets/sheet1.xml"), 3);
        assertEquals("=HYPERLINK(\"http://x\")", row.get("A3").getTextContent());
        assertEquals("-5", row.get("C3").getTextContent());
    }

    @Test
    void fileNamesKeepToSafeCharacters() {
        assertEquals("revenue-by-product.csv", TableDownload.fileName("revenue by product", "csv"));
        assertEquals("etc-passwd.xlsx", TableDownload.fileName("../etc/passwd", "xlsx"));
        assertEquals("a-b.csv", TableDownload.fileName("a\"b\r\n", "csv"));
        assertEquals("table.csv", TableDownload.fileName(null, "csv"));
    }
}
