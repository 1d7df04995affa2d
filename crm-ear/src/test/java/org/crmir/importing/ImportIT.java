package org.crmir.importing;

import static org.crmir.support.TestDatabase.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.Product;
import org.crmir.client.Client;
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientService;
import org.crmir.client.ClientSummary;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsSupport;
import org.crmir.support.AsViewer;
import org.crmir.support.Eventually;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV imports in the real server against MariaDB: the preview writes nothing and names each row's problem, the
 * import writes the ready rows through the services (owner, audit), records the rest, and importing the same file
 * again makes nothing twice; each kind is open only to the roles that may create its records.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @EJB
    ImportService imports;

    @EJB
    ClientService clients;

    @EJB
    CatalogService catalog;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsSupport asSupport;

    @EJB
    AsViewer asViewer;

    @EJB
    TestUsers testUsers;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void users() throws Exception {
        testUsers.ensure();
    }

    private static CsvTable csv(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private String clientsFile() {
        return "Company name;E-Mail;VAT number;City;Country;Payment terms;Tags;Owner\n"
                + "Nordlicht " + tag + ";info-" + tag + "@nordlicht.example;DE" + tag + ";Hamburg;de;14;"
                + "wholesale, north;" + AsSales.USERNAME + "\n"
                + "Lumière " + tag + ";contact-" + tag + "@lumiere.example;;Lyon;FR;30;;\n"
                + "Copy " + tag + ";INFO-" + tag + "@nordlicht.example;;Berlin;DE;30;;\n"
                + "Bad " + tag + ";not-an-email;;London;GB;400;;nobody-" + tag + "\n"
                + ";noname-" + tag + "@example.com;;;;;;\n";
    }

    private ImportRun finished(long runId, org.crmir.support.AsSales as) throws Exception {
        return Eventually.until(WAIT, () -> as.call(() -> imports.run(runId)),
                run -> run.getState() != ImportRunState.RUNNING);
    }

    @Test
    void thePreviewNamesEachRowsProblemAndWritesNothing() throws Exception {
        CsvTable table = csv(clientsFile());
        long before = number("SELECT COUNT(*) FROM clients");
        ImportPreview preview = asSales.call(() -> imports.preview(table,
                ColumnMapping.guess(ImportKind.CLIENTS, table.header())));
        assertEquals(List.of(), preview.gaps());
        assertEquals(List.of(RowStatus.READY, RowStatus.READY, RowStatus.DUPLICATE, RowStatus.INVALID,
                RowStatus.INVALID), preview.checks().stream().map(RowCheck::status).toList());
        assertEquals("Duplicate: row 2 has the same e-mail info-" + tag + "@nordlicht.example",
                preview.checks().get(2).message());
        String bad = preview.checks().get(3).message();
        assertTrue(bad.contains("Email: must be a valid email address") && bad.contains("Payment terms (days): must"
                + " be between 0 and 365") && bad.contains("Owner: no active user is called nobody-" + tag), bad);
        assertEquals("Name is required", preview.checks().get(4).message());
        assertEquals(6, preview.checks().get(4).rowNumber(), "numbered as the spreadsheet shows it");
        assertEquals(before, number("SELECT COUNT(*) FROM clients"), "a preview writes nothing");
    }

    @Test
    void theImportWritesReadyRowsThroughTheServiceAndAgainMakesNothingTwice() throws Exception {
        CsvTable table = csv(clientsFile());
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CLIENTS, table.header());
        long runId = asSales.call(() -> imports.start("clients.csv", table, mapping));
        ImportRun run = finished(runId, asSales);
        assertEquals(ImportRunState.FINISHED, run.getState());
        assertEquals(List.of(5, 2, 1, 2), List.of(run.getTotalRows(), run.getCreatedRows(), run.getDuplicateRows(),
                run.getFailedRows()));
        assertEquals(AsSales.USERNAME, run.getStartedBy());

        List<ClientSummary> found = asAdmin.call(() -> clients.list(new ClientFilter("Nordlicht " + tag, null,
                null, null, null, null), PageRequest.first(10)));
        assertEquals(1, found.size());
        Client nordlicht = asAdmin.call(() -> clients.find(found.get(0).id()));
        assertEquals("info-" + tag + "@nordlicht.example", nordlicht.getEmail());
        assertEquals("DE", nordlicht.getBillingAddress().getCountry());
        assertEquals(14, nordlicht.getPaymentTermsDays());
        assertEquals(java.util.Set.of("wholesale", "north"), nordlicht.getTags());
        assertEquals(AsSales.USERNAME, nordlicht.getOwner().getUsername());
        assertEquals(1, number("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'Client' AND entity_id = "
                + nordlicht.getId() + " AND action = 'CREATE' AND actor = '" + AsSales.USERNAME + "'"),
                "audited as made by whoever imported");
        assertEquals(3, asSales.call(() -> imports.problems(runId, PageRequest.first(10))).items().size());

        long again = asSales.call(() -> imports.start("clients.csv", table, mapping));
        ImportRun second = finished(again, asSales);
        assertEquals(0, second.getCreatedRows(), "the same file again makes nothing twice");
        assertEquals(3, second.getDuplicateRows());
        assertEquals(1, number("SELECT COUNT(*) FROM clients WHERE email = 'info-" + tag + "@nordlicht.example'"));
    }

    @Test
    void productsTakePricesWrittenInAnyLocaleAndTaxRatesByPercentage() throws Exception {
        String rateName = "Import VAT " + tag;
        asFinance.call(() -> catalog.createTaxRate(rateName, new BigDecimal("17.5")));
        // named by its name here: another test's rate may have the same percentage
        CsvTable table = csv("SKU,Name,Type,Unit price,Currency,VAT\n"
                + "IMP-" + tag + "-1,\"Consulting, senior\",Service,\"1.250,50\",EUR," + rateName + "\n"
                + "IMP-" + tag + "-2,Cable,Product,\"1,234.5\",USD,\n"
                + "IMP-" + tag + "-3,Yen item,Product,10.5,JPY,\n"
                + "IMP-" + tag + "-1,Again,Product,1,EUR,\n");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.PRODUCTS, table.header());
        long runId = asFinance.call(() -> imports.start("products.csv", table, mapping));
        ImportRun run = Eventually.until(WAIT, () -> asFinance.call(() -> imports.run(runId)),
                r -> r.getState() != ImportRunState.RUNNING);
        assertEquals(List.of(2, 1, 1), List.of(run.getCreatedRows(), run.getDuplicateRows(), run.getFailedRows()));
        Product consulting = asFinance.call(() -> catalog.products("IMP-" + tag + "-1", true,
                PageRequest.first(5))).items().get(0);
        assertEquals(new BigDecimal("1250.50"), consulting.getUnitPrice().setScale(2));
        assertEquals(rateName, consulting.getTaxRate().getName());
        String yen = asFinance.call(() -> imports.problems(runId, PageRequest.first(5))).items().stream()
                .filter(p -> !p.isDuplicate()).findFirst().orElseThrow().getMessage();
        assertTrue(yen.contains("more decimals than JPY"), yen);
    }

    @Test
    void contactsFindTheirClientByTaxIdOrName() throws Exception {
        asSales.call(() -> imports.start("c.csv", csv(clientsFile()),
                ColumnMapping.guess(ImportKind.CLIENTS, csv(clientsFile()).header())));
        Eventually.until(WAIT, () -> number("SELECT COUNT(*) FROM clients WHERE name = 'Lumière " + tag + "'"),
                n -> n == 1);
        CsvTable table = csv("Company tax ID,Company,Contact name,Email,Primary\n"
                + "DE" + tag + ",,Jana Vogel,jana-" + tag + "@nordlicht.example,yes\n"
                + ",Lumière " + tag + ",Luc Martin,,no\n"
                + ",Nobody " + tag + ",Ghost,,\n");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CONTACTS, table.header());
        assertEquals(0, mapping.columnOf("clientTaxId"));
        long runId = asSupport.call(() -> imports.start("contacts.csv", table, mapping));
        ImportRun run = Eventually.until(WAIT, () -> asSupport.call(() -> imports.run(runId)),
                r -> r.getState() != ImportRunState.RUNNING);
        assertEquals(List.of(2, 0, 1), List.of(run.getCreatedRows(), run.getDuplicateRows(), run.getFailedRows()));
        assertEquals(1, number("SELECT COUNT(*) FROM contacts k JOIN clients c ON c.id = k.client_id"
                + " WHERE c.tax_id = 'DE" + tag + "' AND k.email = 'jana-" + tag + "@nordlicht.example'"
                + " AND k.is_primary = TRUE"));
        assertEquals("Client name: no client has the name Nobody " + tag,
                asSupport.call(() -> imports.problems(runId, PageRequest.first(5))).items().get(0).getMessage());
    }

    @Test
    void eachKindIsOpenOnlyToTheRolesThatMayCreateItsRecords() throws Exception {
        CsvTable table = csv(clientsFile());
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CLIENTS, table.header());
        assertThrows(EJBAccessException.class, () -> asFinance.call(() -> imports.preview(table, mapping)));
        assertThrows(EJBAccessException.class, () -> asSupport.call(() -> imports.start("x.csv", table, mapping)));
        assertEquals(List.of(), asViewer.call(() -> imports.kindsAllowed()));
        assertEquals(List.of(ImportKind.PRODUCTS), asFinance.call(() -> imports.kindsAllowed()));
        assertEquals(List.of(ImportKind.CONTACTS), asSupport.call(() -> imports.kindsAllowed()));
    }

    @Test
    void aMappingWithoutTheRequiredColumnsIsRefusedBeforeAnythingIsWritten() throws Exception {
        CsvTable table = csv("Mail,Town\na@example.com,Paris\n");
        ImportPreview preview = asSales.call(() -> imports.preview(table,
                ColumnMapping.guess(ImportKind.CLIENTS, table.header())));
        assertEquals(List.of("Choose the column that holds name: the file must have one."), preview.gaps());
        long runs = number("SELECT COUNT(*) FROM import_runs");
        assertThrows(org.crmir.shared.InvalidInputException.class, () -> asSales.call(() -> imports.start("x.csv",
                table, ColumnMapping.guess(ImportKind.CLIENTS, table.header()))));
        assertEquals(runs, number("SELECT COUNT(*) FROM import_runs"), "nothing half-written");
    }

    @Test
    void aFileOfAHundredThousandRowsIsCheckedInOnePreview() throws Exception {
        StringBuilder text = new StringBuilder("Name,Email\n");
        for (int i = 0; i < CsvFile.MAX_ROWS; i++) {
            text.append("Bulk ").append(tag).append(' ').append(i).append(",bulk-").append(i).append('-').append(tag)
                    .append("@example.com\n");
        }
        CsvTable table = csv(text.toString());
        ImportPreview preview = asSales.call(() -> imports.preview(table,
                ColumnMapping.guess(ImportKind.CLIENTS, table.header())));
        assertEquals(CsvFile.MAX_ROWS, preview.count(RowStatus.READY));
    }

    @Test
    void oneImportOfAKindRunsAtATimeForAPerson() throws Exception {
        StringBuilder text = new StringBuilder("SKU,Name,Price\n");
        for (int i = 0; i < 1500; i++) {
            text.append("RUN-").append(tag).append('-').append(i).append(",Item ").append(i).append(",1.50\n");
        }
        CsvTable table = csv(text.toString());
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.PRODUCTS, table.header());
        long first = asSales.call(() -> imports.start("big.csv", table, mapping));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> asSales.call(() -> imports.start("big.csv", table, mapping)));
        assertTrue(refused.getMessage().contains("still running"), refused.getMessage());
        ImportRun run = finished(first, asSales);
        assertEquals(1500, run.getCreatedRows());
        assertEquals(1500, number("SELECT COUNT(*) FROM products WHERE sku LIKE 'RUN-" + tag.toUpperCase() + "-%'"));
    }
}
