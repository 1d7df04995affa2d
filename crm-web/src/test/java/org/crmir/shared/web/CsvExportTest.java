package org.crmir.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void cellsAreQuotedAndNeverRunAsFormulas() {
        assertEquals("\"Acme, Ltd\"", CsvExport.cell("Acme, Ltd"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("-12.50", CsvExport.cell(new BigDecimal("-12.50")));
        assertEquals("", CsvExport.cell(null));
    }
}
