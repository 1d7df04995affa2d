package org.crmir.financereport;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crmir.financereport.ReportBook.Totals;

/**
 * Reads reports as a person or a program would, inside the server: a PDF's text (PDFBox), a spreadsheet's total row
 * (Apache POI), and the same figures in SQL.
 */
final class ReportReading {

    private ReportReading() {
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The row count and the amounts of a spreadsheet's total row ("Total (N rows)" and the number cells after it,
     * in column order), as a program reading the XLSX gets them: number cells, exactly at two decimals (counts as
     * they are).
     */
    static Totals xlsxTotals(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Cell> cells = new ArrayList<>();
                row.forEach(cells::add);
                if (cells.isEmpty() || cells.get(0).getCellType() != CellType.STRING
                        || !cells.get(0).getStringCellValue().startsWith("Total (")) {
                    continue;
                }
                long rows = Totals.rowsOf(cells.get(0).getStringCellValue());
                List<BigDecimal> amounts = new ArrayList<>();
                for (Cell cell : cells.subList(1, cells.size())) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
                        // Exactly at the currency's scale: a total with more decimals fails here, not hidden.
                        amounts.add(value.setScale(isAmount(cell) ? 2 : 0, RoundingMode.UNNECESSARY));
                    } else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                        throw new AssertionError("A total that is not a number cell: '" + cell.getStringCellValue()
                                + "'");
                    }
                }
                return new Totals(rows, amounts);
            }
            throw new AssertionError("No total row in the spreadsheet");
        }
    }

    /** An amount carries the money pattern's decimals; a count is printed without a pattern. */
    private static boolean isAmount(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        return format != null && format.contains(".");
    }

    private static DataSource database() throws javax.naming.NamingException {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }

    static List<BigDecimal> amounts(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** One row of numbers, each at two decimals (counts as they are), as the reports print them. */
    static List<BigDecimal> sql(String select) throws Exception {
        try (Connection c = database().getConnection(); PreparedStatement s = c.prepareStatement(select);
             ResultSet r = s.executeQuery()) {
            r.next();
            List<BigDecimal> row = new ArrayList<>();
            for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) {
                BigDecimal value = r.getBigDecimal(k);
                row.add(value.scale() == 0 ? value : value.setScale(2, RoundingMode.UNNECESSARY));
            }
            return row;
        }
    }

    /** One value of a select, as text (null as null). */
    static String text(String select) throws Exception {
        try (Connection c = database().getConnection(); PreparedStatement s = c.prepareStatement(select);
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static void update(String statement) throws Exception {
        try (Connection c = database().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }
}
