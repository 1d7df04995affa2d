package org.crmir.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.importing.CsvFile;
import org.crmir.importing.CsvTable;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.FacesForms;
import org.crmir.support.TestUsers;
import org.crmir.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list downloaded as a user downloads it (the page's CSV and Excel buttons, with the list's search filled in):
 * every row the filter matches, across more than one page of reading (by keyset), and nothing else; numbers stay
 * numbers.
 */
@ExtendWith(ArquillianExtension.class)
class ListExportIT {

    /** More than one page (200) of reading, so the paging is exercised. */
    private static final int PRODUCTS = 210;

    @EJB
    CatalogService catalog;

    @EJB
    AsFinance asFinance;

    @EJB
    AsSales asSales;

    @EJB
    ClientService clients;

    @EJB
    TestUsers testUsers;

    private final String prefix = "EXP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

    @BeforeEach
    void products() throws Exception {
        testUsers.ensure();
        asFinance.run(() -> {
            for (int i = 0; i < PRODUCTS; i++) {
                catalog.create(prefix + String.format("%03d", i), "Item, \"no. " + i + "\"", "=SUM(A1)",
                        ProductKind.PRODUCT, "pc", Money.of(new BigDecimal(i + ".25"), "EUR"), null);
            }
        });
    }

    private HttpResponse<byte[]> download(String button) throws Exception {
        HttpClient browser = WebSession.signedIn(AsAdmin.USERNAME);
        String page = WebSession.page(browser, "/products.xhtml", 200);
        return FacesForms.download(browser, "/products.xhtml", page, "products", Map.of("search", prefix), button);
    }

    @Test
    void theCsvHoldsEveryMatchingRowAndNothingElse() throws Exception {
        HttpResponse<byte[]> csv = download("exportCsv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("products.csv"));
        CsvTable table = CsvFile.read(csv.body());
        assertEquals(List.of("SKU", "Name", "Kind", "Unit", "Currency", "Price", "Tax rate", "Active"),
                table.header());
        assertEquals(PRODUCTS, table.rows().size());
        List<String> skus = new ArrayList<>();
        table.rows().forEach(row -> skus.add(row.cell(0)));
        assertTrue(skus.stream().allMatch(sku -> sku.startsWith(prefix)), "only the search's products");
        assertEquals(PRODUCTS, skus.stream().distinct().count(), "each once, across pages");
        CsvTable.Row first = table.rows().stream().filter(r -> r.cell(0).equals(prefix + "007")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Item, \"no. 7\"", "Product", "7.25", "true"), List.of(first.cell(1), first.cell(2),
                first.cell(5), first.cell(7)));
    }

    /**
     * 205 clients under two names, so that the page boundary falls among rows of the same name and only the id
     * tells them apart.
     */
    @Test
    void aKeysetPagedListHoldsEveryRowOnceInTheListsOrderAcrossTiedNames() throws Exception {
        String word = "Ks" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        asSales.run(() -> {
            for (int i = 0; i < 205; i++) {
                Client client = new Client(ClientKind.COMPANY, word + (i % 2 == 0 ? " Alpha" : " Beta"));
                client.setEmail("c" + i + "@" + word.toLowerCase() + ".example");
                clients.create(client, null);
            }
        });
        HttpClient browser = WebSession.signedIn(AsAdmin.USERNAME);
        String page = WebSession.page(browser, "/clients.xhtml", 200);
        HttpResponse<byte[]> csv = FacesForms.download(browser, "/clients.xhtml", page, "clients",
                Map.of("search", word), "exportCsv");
        assertEquals(200, csv.statusCode());
        List<CsvTable.Row> rows = CsvFile.read(csv.body()).rows();
        assertEquals(205, rows.size());
        assertEquals(205, rows.stream().map(r -> r.cell(2)).distinct().count(), "each client once");
        assertEquals(103, rows.stream().filter(r -> r.cell(0).endsWith("Alpha")).count());
        assertTrue(rows.subList(0, 103).stream().allMatch(r -> r.cell(0).endsWith("Alpha")), "in name order");
    }

    /** The audit log, filtered to one person, downloads every entry of theirs: the products just made among them. */
    @Test
    void theAuditLogDownloadsEveryEntryOfThePersonItIsFilteredTo() throws Exception {
        HttpClient browser = WebSession.signedIn(AsAdmin.USERNAME);
        String page = WebSession.page(browser, "/admin/audit.xhtml", 200);
        HttpResponse<byte[]> csv = FacesForms.download(browser, "/admin/audit.xhtml", page, "audit",
                Map.of("actor", AsFinance.USERNAME), "exportCsv");
        assertEquals(200, csv.statusCode());
        List<CsvTable.Row> rows = CsvFile.read(csv.body()).rows();
        assertTrue(rows.size() >= PRODUCTS, rows.size() + " entries");
        assertTrue(rows.stream().allMatch(r -> r.cell(1).equals(AsFinance.USERNAME)), "only theirs");
        assertEquals(PRODUCTS, rows.stream().filter(r -> r.cell(5).contains(prefix)).count(),
                "each new product once");
    }

    @Test
    void theWorkbookHoldsTheSameRowsWithNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> xlsx = download("exportXlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(PRODUCTS, sheet.getLastRowNum(), "a header and every product");
            Row row = null;
            for (Row r : sheet) {
                if ((prefix + "007").equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertEquals("Item, \"no. 7\"", row.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
            assertEquals(7.25, row.getCell(5).getNumericCellValue());
        }
    }
}
