package org.crmir.financereport;

import static org.crmir.support.TestDatabase.number;
import static org.crmir.support.TestDatabase.sql;
import static org.crmir.support.TestDatabase.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.naming.InitialContext;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run's life through crm.reports and the MDB in the real server: queued, running, done with its rows, size and
 * SHA-256; a redelivered message renders nothing again; no more runs render at once than the limit (2 by
 * default); a run that cannot be stored is FAILED with why and runs again, as is one the queue gave up on;
 * retention removes the output and keeps
 * the record; sales may not run reports.
 */
@ExtendWith(ArquillianExtension.class)
class ReportRunsIT {

    @EJB
    ReportBook book;

    @EJB
    ReportRuns runs;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    private long client;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        client = book.make();
    }

    @AfterEach
    void tearDown() throws Exception {
        sql("DROP TRIGGER IF EXISTS it_report_output_refused");
    }

    private ReportParameters register() {
        return new ReportParameters(today.minusDays(200), today, ReportBook.CURRENCY, client);
    }

    @Test
    void aRunIsQueuedThenDoneWithItsRowsSizeAndChecksum() throws Exception {
        ReportRun queued = book.asFinance(() -> runs.request(FinanceReport.INVOICE_REGISTER, register(),
                ReportFormat.PDF, null));
        assertEquals(ReportRunStatus.QUEUED, queued.getStatus());
        assertEquals("it-finance", queued.getRequestedBy());
        ReportRun done = book.waitUntilFinished(queued.getId());
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        assertEquals(7, done.getRowsRead());
        assertNotNull(done.getStartedAt());
        assertNotNull(done.duration());
        byte[] output = book.output(done.getId());
        assertEquals(done.getSizeBytes().longValue(), output.length);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(output)), done.getSha256());
        assertTrue(new String(output, 0, 5).startsWith("%PDF"));
    }

    @Test
    void aRedeliveredMessageDoesNotRenderADoneRunAgain() throws Exception {
        ReportRun done = book.runToTheEnd(FinanceReport.CREDIT_NOTES, register(), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        String finished = text("SELECT CAST(finished_at AS CHAR) FROM report_runs WHERE id = " + done.getId());

        deliverAgain(done.getId());
        deliverAgain(done.getId());
        Eventually.until(Duration.ofSeconds(30), this::reportsQueued, n -> n == 0);
        Thread.sleep(1_500);

        ReportRun after = book.asFinance(() -> runs.find(done.getId()));
        assertEquals(ReportRunStatus.DONE, after.getStatus());
        assertEquals(done.getSha256(), after.getSha256());
        assertEquals(finished, text("SELECT CAST(finished_at AS CHAR) FROM report_runs WHERE id = " + done.getId()),
                "rendered once");
        assertEquals(1, number("SELECT COUNT(*) FROM report_outputs WHERE run_id = " + done.getId()));
    }

    @Test
    void noMoreThanTwoRunsRenderAtOnceAndTheRestWait() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            ids.add(book.asFinance(() -> runs.request(FinanceReport.INVOICE_REGISTER, register(), ReportFormat.PDF,
                    null)).getId());
        }
        String these = ids.toString().replace("[", "(").replace("]", ")");
        long done = Eventually.until(Duration.ofSeconds(90),
                () -> number("SELECT COUNT(*) FROM report_runs WHERE status = 'DONE' AND id IN " + these),
                n -> n == ids.size());
        assertEquals(ids.size(), done, "every run rendered");
        // Read from when each run rendered, not by watching: a warm server renders all eight faster than a poll.
        long mostAtOnce = number("SELECT MAX((SELECT COUNT(*) FROM report_runs b WHERE b.id IN " + these
                + " AND b.started_at <= a.started_at AND b.finished_at > a.started_at))"
                + " FROM report_runs a WHERE a.id IN " + these);
        long startedAfterAnotherFinished = number("SELECT COUNT(*) FROM report_runs WHERE id IN " + these
                + " AND started_at >= (SELECT MIN(finished_at) FROM report_runs WHERE id IN " + these + ")");
        assertTrue(mostAtOnce <= 2, "at most 2 at once, saw " + mostAtOnce);
        assertTrue(startedAfterAnotherFinished >= ids.size() - 2,
                "the runs beyond the first two waited for a slot: " + startedAfterAnotherFinished + " did");
    }

    @Test
    void aRunThatCannotBeStoredFailsWithWhyAndRunsAgain() throws Exception {
        sql("CREATE TRIGGER it_report_output_refused BEFORE INSERT ON report_outputs FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'it: report outputs refused'");
        ReportRun failed = book.runToTheEnd(FinanceReport.TAX_SUMMARY, register(), ReportFormat.CSV);
        assertEquals(ReportRunStatus.FAILED, failed.getStatus());
        assertTrue(failed.getFailure().matches("The report could not be made\\..* reference [0-9a-f]{8}\\."),
                failed.getFailure());
        assertTrue(!failed.getFailure().contains("refused") && !failed.getFailure().contains("SQL"),
                "no internals shown: " + failed.getFailure());
        assertThrows(RuleViolationException.class, () -> book.asFinance(() -> runs.downloadable(failed.getId())));

        sql("DROP TRIGGER it_report_output_refused");
        ReportRun again = book.asFinance(() -> runs.runAgain(failed.getId()));
        assertEquals(failed.getId(), again.getRerunOf());
        ReportRun done = book.waitUntilFinished(again.getId());
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        assertEquals(ReportRunStatus.FAILED, book.asFinance(() -> runs.find(failed.getId())).getStatus(),
                "the failed run stays in the history");
    }

    @Test
    void aReportAsOfADayKeepsThatDayWhenRunAgain() throws Exception {
        ReportRun asked = book.asFinance(() -> runs.request(FinanceReport.AGED_RECEIVABLES, new ReportParameters(null,
                null, ReportBook.CURRENCY, client), ReportFormat.CSV, null));
        assertEquals(today, asked.parameterValues().asOf(), "as of the day it was asked for, stored");
        sql("INSERT INTO report_runs (report, parameters, format, status, requested_by, requested_at, finished_at,"
                + " failure) VALUES ('AGED_RECEIVABLES', 'currency=CHF;asOf=2020-01-31;client=" + client + "', 'CSV',"
                + " 'FAILED', 'it-finance', NOW(6), NOW(6), 'it: failed')");
        long failed = number("SELECT MAX(id) FROM report_runs WHERE requested_by = 'it-finance'");
        ReportRun again = book.asFinance(() -> runs.runAgain(failed));
        assertEquals(LocalDate.of(2020, 1, 31), again.parameterValues().asOf());
        ReportRun done = book.waitUntilFinished(again.getId());
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        // As of 2020-01-31, every invoice of the books was due later: all current, none past due.
        List<java.math.BigDecimal> aged = ReportBook.Totals.ofCsv(book.output(done.getId())).amounts();
        assertEquals(0, aged.get(0).compareTo(aged.get(5)), aged.toString());
        assertTrue(aged.subList(1, 5).stream().allMatch(a -> a.signum() == 0), aged.toString());
        book.waitUntilFinished(asked.getId());
    }

    @Test
    void aRunThatIsQueuedRunningOrDownloadableIsNotRunAgain() throws Exception {
        ReportRun done = book.runToTheEnd(FinanceReport.CREDIT_NOTES, register(), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        // Finance's own requests only: a schedule firing or a demo load meanwhile would add runs of others.
        String asked = "SELECT COUNT(*) FROM report_runs WHERE schedule_id IS NULL AND requested_by = '"
                + org.crmir.support.AsFinance.USERNAME + "'";
        long before = number(asked);
        assertThrows(RuleViolationException.class, () -> book.asFinance(() -> runs.runAgain(done.getId())));
        assertEquals(before, number(asked), "nothing queued");
    }

    @Test
    void aRunTheQueueGaveUpOnIsShownFailedNotQueuedForEver() throws Exception {
        sql("INSERT INTO report_runs (report, parameters, format, status, requested_by, requested_at)"
                + " VALUES ('CREDIT_NOTES', 'currency=CHF;from=" + today + ";to=" + today + "', 'PDF', 'RUNNING',"
                + " 'it-finance', NOW(6))");
        long id = number("SELECT MAX(id) FROM report_runs WHERE requested_by = 'it-finance'");
        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Queue deadLetters = InitialContext.doLookup("java:/jms/queue/crm.DLQ");
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().setProperty("kind", "report").setProperty("runId", id).send(deadLetters, "gave up");
        }
        ReportRun failed = book.waitUntilFinished(id);
        assertEquals(ReportRunStatus.FAILED, failed.getStatus());
        assertTrue(failed.getFailure().contains("Run it again") && failed.getFailure().contains("reference "),
                failed.getFailure());
    }

    @Test
    void retentionRemovesTheOutputAndKeepsTheRecord() throws Exception {
        ReportRun done = book.runToTheEnd(FinanceReport.CREDIT_NOTES, register(), ReportFormat.PDF);
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        Thread.sleep(5);
        int removed = asAdmin.call(() -> runs.removeOutputsFinishedBefore(Instant.now().plusSeconds(1), 10_000));
        assertTrue(removed >= 1);
        assertEquals(0, number("SELECT COUNT(*) FROM report_outputs WHERE run_id = " + done.getId()));
        ReportRun kept = book.asFinance(() -> runs.find(done.getId()));
        assertEquals(ReportRunStatus.DONE, kept.getStatus());
        assertNotNull(kept.getOutputRemovedAt());
        assertEquals(done.getSha256(), kept.getSha256());
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> book.asFinance(() -> runs.downloadable(done.getId())));
        assertTrue(refused.getMessage().contains("retention"), refused.getMessage());
        assertEquals(done.getId(), book.asFinance(() -> runs.runAgain(done.getId())).getRerunOf(),
                "a run whose output was removed runs again");
        assertEquals(0, asAdmin.call(() -> runs.removeOutputsFinishedBefore(Instant.now().plusSeconds(1), 10_000)),
                "removing again removes nothing");
    }

    @Test
    void aDownloadHoldsNoTransactionWhileTheClientReads() throws Exception {
        ReportRun done = book.runToTheEnd(FinanceReport.INVOICE_REGISTER, register(), ReportFormat.PDF);
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        jakarta.transaction.TransactionSynchronizationRegistry transactions = InitialContext.doLookup(
                "java:comp/TransactionSynchronizationRegistry");
        List<Integer> statusWhileWriting = new ArrayList<>();
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        java.io.OutputStream client = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                statusWhileWriting.add(transactions.getTransactionStatus());
                received.write(b, off, len);
            }
        };
        // The caller has a transaction of its own (the bean's default); the download must not run in it.
        book.asFinance(() -> {
            runs.writeOutput(done.getId(), client);
            return null;
        });
        assertEquals(done.getSizeBytes().longValue(), received.size());
        assertTrue(!statusWhileWriting.isEmpty() && statusWhileWriting.stream().allMatch(
                s -> s == jakarta.transaction.Status.STATUS_NO_TRANSACTION), statusWhileWriting.toString());
    }

    @Test
    void eachRetentionBatchCommitsOnItsOwn() throws Exception {
        ReportRun done = book.runToTheEnd(FinanceReport.CREDIT_NOTES, register(), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, done.getStatus(), done.getFailure());
        Thread.sleep(5);
        jakarta.transaction.UserTransaction caller = InitialContext.doLookup("java:comp/UserTransaction");
        caller.begin();
        try {
            assertTrue(asAdmin.call(() -> runs.removeOutputsFinishedBefore(Instant.now().plusSeconds(1), 10_000)) >= 1);
        } finally {
            caller.rollback();
        }
        assertEquals(0, number("SELECT COUNT(*) FROM report_outputs WHERE run_id = " + done.getId()),
                "the batch committed although the caller's transaction rolled back");
        assertNotNull(book.asFinance(() -> runs.find(done.getId())).getOutputRemovedAt());
    }

    @Test
    void salesMayNotRunOrReadReports() {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> runs.request(FinanceReport.CREDIT_NOTES,
                register(), ReportFormat.CSV, null)));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> runs.count(new ReportRunFilter(null,
                null))));
    }

    // --- the queue and the database, as a test sees them ---

    private void deliverAgain(long runId) throws Exception {
        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Queue queue = InitialContext.doLookup("java:/jms/queue/crm.reports");
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().setProperty("kind", "report").setProperty("runId", runId).send(queue, "again");
        }
    }

    private int reportsQueued() throws Exception {
        ConnectionFactory factory = InitialContext.doLookup("java:/ConnectionFactory");
        Queue queue = InitialContext.doLookup("java:/jms/queue/crm.reports");
        try (JMSContext jms = factory.createContext(); QueueBrowser browser = jms.createBrowser(queue)) {
            return java.util.Collections.list(browser.getEnumeration()).size();
        }
    }
}
