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
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Both places an output can be kept: the database (no directory configured, the default) and a directory
 * (CRMIR_REPORT_OUTPUT_DIR). The server configuration turns that variable into the system property
 * {@value ReportOutputDirectory#PROPERTY}, read for each output stored; these tests set that property in the
 * running server for their own runs, as the configuration does at boot, and clear it after.
 */
@ExtendWith(ArquillianExtension.class)
class ReportOutputStoresIT {

    @EJB
    ReportBook book;

    @EJB
    ReportRuns runs;

    @EJB
    AsAdmin asAdmin;

    private Path directory;
    private ReportParameters edges;
    /** Aged receivables of the edges' client, as of today: a small CSV. */
    private ReportParameters asOfToday;

    @BeforeEach
    void setUp() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        edges = new ReportParameters(today.minusDays(100), today, ReportBook.CURRENCY, book.makeBucketEdges(today));
        asOfToday = new ReportParameters(null, null, ReportBook.CURRENCY, edges.clientId());
    }

    @AfterEach
    void noDirectoryAgain() throws Exception {
        System.clearProperty(ReportOutputDirectory.PROPERTY);
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The directory configured; returned: this installation's subdirectory, named by its database. */
    private Path aDirectoryConfigured() throws Exception {
        return aDirectoryConfigured("outputs");
    }

    private Path aDirectoryConfigured(String under) throws Exception {
        directory = Files.createTempDirectory("crmir-report-outputs-");
        System.setProperty(ReportOutputDirectory.PROPERTY, directory.resolve(under).toString());
        return directory.resolve(under).resolve(ReportReading.text("SELECT DATABASE()"));
    }

    /** Makes run {@code runId} look finished on 1 January 2000, so that retention up to then is this test's own. */
    private static void finishedLongAgo(long runId) throws Exception {
        ReportReading.update("UPDATE report_runs SET finished_at = '2000-01-01 00:00:00' WHERE id = " + runId);
    }

    private static final Instant AFTER_LONG_AGO = Instant.parse("2000-01-02T00:00:00Z");

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
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outputs)));
        }
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

        System.clearProperty(ReportOutputDirectory.PROPERTY);
        assertArrayEquals(stored, book.output(run.getId()), "downloaded from the file the run recorded, after the"
                + " setting changed");

        finishedLongAgo(run.getId());
        assertEquals(1, asAdmin.call(() -> runs.removeOutputsFinishedBefore(AFTER_LONG_AGO, 10)));
        assertFalse(Files.exists(file), "retention deletes the file");
        String refused = refusedDownload(run.getId());
        assertTrue(refused.contains("retention"), refused);
    }

    @Test
    void aFileGoneFromTheDirectoryIsRefusedSayingWhyAndNothingIsSent() throws Exception {
        Path outputs = aDirectoryConfigured();
        ReportRun run = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, asOfToday, ReportFormat.CSV);
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

        ReportRun again = book.asFinance(() -> runs.runAgain(run.getId()));
        assertEquals(run.getId(), again.getRerunOf().longValue(), "its advice can be followed: Run again");
        assertEquals(ReportRunStatus.DONE, book.waitUntilFinished(again.getId()).getStatus());
        String removed = refusedDownload(run.getId());
        assertTrue(removed.contains("run the report again"), "marked removed: " + removed);

        Path changed = outputs.resolve("report-run-" + again.getId() + ".csv");
        Files.write(changed, new byte[] {'x'});
        String notWhole = refusedDownload(again.getId());
        assertTrue(notWhole.contains("is not whole"), notWhole);
    }

    @Test
    void oneFileRetentionCannotDeleteIsLeftAndTheOthersGoOn() throws Exception {
        Path outputs = aDirectoryConfigured();
        ReportRun stuck = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, asOfToday, ReportFormat.CSV);
        ReportRun other = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, asOfToday, ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, other.getStatus(), other.getFailure());
        // Where the first run's file was, a directory with something in it: no delete can remove it.
        Path undeletable = outputs.resolve("report-run-" + stuck.getId() + ".csv");
        Files.delete(undeletable);
        Files.createDirectories(undeletable.resolve("kept"));
        finishedLongAgo(stuck.getId());
        finishedLongAgo(other.getId());

        assertEquals(2, asAdmin.call(() -> runs.removeOutputsFinishedBefore(AFTER_LONG_AGO, 10)),
                "both removed, the undeletable one logged");
        assertFalse(Files.exists(outputs.resolve("report-run-" + other.getId() + ".csv")), "the other file went");
        assertTrue(Files.isDirectory(undeletable.resolve("kept")), "left as it was");
        assertEquals(0, asAdmin.call(() -> runs.removeOutputsFinishedBefore(AFTER_LONG_AGO, 10)),
                "not tried again every night");
    }

    @Test
    void aFileWhoseRunIsNotRecordedIsDeletedWithTheRollback() throws Exception {
        // A directory whose path is longer than report_runs.output_file holds: the file is written and moved
        // into place, then recording where fails and the finish rolls back.
        String name = "x".repeat(200);
        Path outputs = aDirectoryConfigured(String.join("/", name, name, name, name, name));
        ReportRun run = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, asOfToday, ReportFormat.CSV);
        assertEquals(ReportRunStatus.FAILED, run.getStatus());
        assertTrue(Files.isDirectory(outputs), "it was written there: " + outputs);
        try (Stream<Path> left = Files.list(outputs)) {
            assertEquals(List.of(), left.toList(), "neither the output nor its part left behind");
        }
    }

    @Test
    void aFileAlreadyThereIsNeverOverwritten() throws Exception {
        Path outputs = aDirectoryConfigured();
        long next = Long.parseLong(ReportReading.text("SELECT COALESCE(MAX(id), 0) + 1 FROM report_runs"));
        // Another installation's (or a restored database's) runs of the next numbers, already in the directory.
        Files.createDirectories(outputs);
        for (long id = next; id < next + 50; id++) {
            Files.writeString(outputs.resolve("report-run-" + id + ".csv"), "someone else's report");
        }
        ReportRun run = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, asOfToday, ReportFormat.CSV);
        assertTrue(run.getId() >= next && run.getId() < next + 50, "a number already used: " + run.getId());
        assertEquals(ReportRunStatus.FAILED, run.getStatus(), "refused, not overwritten");
        assertEquals("someone else's report", Files.readString(outputs.resolve("report-run-" + run.getId()
                + ".csv")));
    }

    /** Why a download of run {@code runId} is refused, as finance is told. */
    private String refusedDownload(long runId) {
        return assertThrows(RuleViolationException.class,
                () -> book.asFinance(() -> runs.downloadable(runId))).getMessage();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
