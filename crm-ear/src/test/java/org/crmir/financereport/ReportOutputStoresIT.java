package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Both places an output can be kept: the database (no directory configured, the default) and a directory
 * (CRMIR_REPORT_OUTPUT_DIR). The server configuration turns that variable into the system property
 * {@value #PROPERTY}, read for each output stored; these tests set that property in the running server for their
 * own runs, as the configuration does at boot, and clear it after.
 */
@ExtendWith(ArquillianExtension.class)
class ReportOutputStoresIT {

    static final String PROPERTY = "crmir.report.output.dir";

    @Deployment
    static EnterpriseArchive deployment() {
        return ReportReading.deploymentWithReaders(ReportOutputStoresIT.class, ReportBook.class);
    }

    @EJB
    ReportBook book;

    @EJB
    ReportRuns runs;

    @EJB
    AsAdmin asAdmin;

    private Path directory;
    private ReportParameters edges;

    @BeforeEach
    void setUp() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        edges = new ReportParameters(today.minusDays(100), today, ReportBook.CURRENCY, book.makeBucketEdges(today));
    }

    @AfterEach
    void noDirectoryAgain() throws Exception {
        System.clearProperty(PROPERTY);
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private Path aDirectoryConfigured() throws Exception {
        directory = Files.createTempDirectory("crmir-report-outputs-");
        System.setProperty(PROPERTY, directory.resolve("outputs").toString());
        return directory.resolve("outputs");
    }

    @Test
    void withoutADirectoryTheOutputIsKeptInTheDatabase() throws Exception {
        ReportRun run = book.runToTheEnd(FinanceReport.INVOICE_REGISTER, edges, ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        assertEquals("DATABASE", ReportReading.text("SELECT output_store FROM report_runs WHERE id = " + run.getId()));
        assertNull(ReportReading.text("SELECT output_file FROM report_runs WHERE id = " + run.getId()));
        assertEquals("1", ReportReading.text("SELECT COUNT(*) FROM report_outputs WHERE run_id = " + run.getId()));
        byte[] output = book.output(run.getId());
        assertEquals(run.getSha256(), sha256(output));
        assertTrue(ReportBook.Totals.ofCsv(output).rows() == 6, "the six invoices of the edges");
    }

    @Test
    void withADirectoryTheOutputIsAFileNamedByTheRunThatDownloadsAndRetentionServe() throws Exception {
        Path outputs = aDirectoryConfigured();
        ReportRun run = book.runToTheEnd(FinanceReport.INVOICE_REGISTER, edges, ReportFormat.PDF);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        Path file = outputs.resolve("report-run-" + run.getId() + ".pdf");
        assertTrue(Files.isRegularFile(file), "created with its directory: " + file);
        assertEquals("FILE", ReportReading.text("SELECT output_store FROM report_runs WHERE id = " + run.getId()));
        assertEquals(file.toString(), ReportReading.text("SELECT output_file FROM report_runs WHERE id = "
                + run.getId()));
        assertEquals("0", ReportReading.text("SELECT COUNT(*) FROM report_outputs WHERE run_id = " + run.getId()),
                "nothing of it in the database");
        byte[] stored = Files.readAllBytes(file);
        assertEquals(run.getSha256(), sha256(stored), "the SHA-256 computed on the way in is the file's");
        assertEquals(run.getSizeBytes().longValue(), stored.length);
        assertTrue(ReportReading.pdfText(stored).contains("Total (6 rows)"));
        try (Stream<Path> files = Files.list(outputs)) {
            assertEquals(1, files.count(), "no temporary part left behind");
        }

        System.clearProperty(PROPERTY);
        assertArrayEquals(stored, book.output(run.getId()), "downloaded from the file the run recorded, after the"
                + " setting changed");

        Thread.sleep(5);
        asAdmin.call(() -> runs.removeOutputsFinishedBefore(Instant.now().plusSeconds(1), 10_000));
        assertFalse(Files.exists(file), "retention deletes the file");
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> book.asFinance(() -> runs.downloadable(run.getId())));
        assertTrue(refused.getMessage().contains("retention"), refused.getMessage());
    }

    @Test
    void aFileGoneFromTheDirectoryIsRefusedSayingWhyAndNothingIsSent() throws Exception {
        Path outputs = aDirectoryConfigured();
        ReportRun run = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, new ReportParameters(null, null,
                ReportBook.CURRENCY, edges.clientId()), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        Files.delete(outputs.resolve("report-run-" + run.getId() + ".csv"));
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> book.asFinance(() -> {
                    runs.writeOutput(run.getId(), sent);
                    return null;
                }));
        assertTrue(refused.getMessage().contains("is missing") && refused.getMessage().contains("report-run-"
                + run.getId() + ".csv") && refused.getMessage().contains("Run the report again"), refused.getMessage());
        assertFalse(refused.getMessage().contains(outputs.toString()), "the file's name, not the server's paths");
        assertEquals(0, sent.size());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
