package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.crmir.financereport.ReportReading.amounts;
import static org.crmir.financereport.ReportReading.sql;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmir.financereport.ReportBook.Totals;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every report of the catalog, rendered through the queue on known books: the totals it prints (read from its CSV,
 * its PDF's text with PDFBox, its spreadsheet's number cells with Apache POI) equal the figures the books were made with and the same
 * figures computed in SQL here, independently of the report's own select; aged receivables of a whole currency
 * equal the dashboard's receivables summary table.
 */
@ExtendWith(ArquillianExtension.class)
class FinanceReportsIT {

    @EJB
    ReportBook book;

    @jakarta.inject.Inject
    org.crmir.figures.FigureFolding folding;

    private long client;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        client = book.make();
    }

    private ReportParameters period() {
        return new ReportParameters(today.minusDays(200), today, ReportBook.CURRENCY, client);
    }

    private Totals csvTotals(FinanceReport report, ReportParameters p) throws Exception {
        ReportRun run = book.runToTheEnd(report, p, ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        return ReportBook.Totals.ofCsv(book.output(run.getId()));
    }

    @Test
    void agedReceivablesPutEachOpenAmountInItsBucket() throws Exception {
        ReportRun run = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, new ReportParameters(null, null,
                ReportBook.CURRENCY, client), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        Totals totals = ReportBook.Totals.ofCsv(book.output(run.getId()));
        assertEquals(1, totals.rows());
        assertEquals(amounts("110.00", "180.00", "300.00", "60.00", "400.00", "1050.00"), totals.amounts());
        // The day the report ages on, as it counts it (the UTC day it was asked for), not the database's CURRENT_DATE,
        // which is the database server's day and may be another.
        String asOf = "'" + run.parameterValues().asOf() + "'";
        assertEquals(sql("SELECT"
                + " SUM(CASE WHEN DATEDIFF(" + asOf + ", due_date) <= 0 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN DATEDIFF(" + asOf + ", due_date) BETWEEN 1 AND 30 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN DATEDIFF(" + asOf + ", due_date) BETWEEN 31 AND 60 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN DATEDIFF(" + asOf + ", due_date) BETWEEN 61 AND 90 THEN o ELSE 0 END),"
                + " SUM(CASE WHEN DATEDIFF(" + asOf + ", due_date) > 90 THEN o ELSE 0 END), SUM(o)"
                + " FROM (SELECT due_date, total - credited_total - paid_total AS o FROM invoices WHERE client_id = "
                + client + " AND status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')) open_invoices"), totals.amounts());
    }

    @Test
    void invoicesDueOnTheBucketsEdgesFallInTheRightBucket() throws Exception {
        long edges = book.makeBucketEdges(today);
        ReportRun run = book.runToTheEnd(FinanceReport.AGED_RECEIVABLES, new ReportParameters(null, null,
                ReportBook.CURRENCY, edges), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        assertEquals(today, run.parameterValues().asOf(), "the test's day is the report's");
        Totals totals = ReportBook.Totals.ofCsv(book.output(run.getId()));
        // 30 days late: 1–30 (1); 31 and 60: 31–60 (2 + 4); 61 and 90: 61–90 (8 + 16); 91: over 90 (32).
        assertEquals(amounts("0.00", "1.00", "6.00", "24.00", "32.00", "63.00"), totals.amounts());
    }

    @Test
    void agedReceivablesOfACurrencyEqualTheReceivablesSummaryTable() throws Exception {
        Totals totals = csvTotals(FinanceReport.AGED_RECEIVABLES, new ReportParameters(null, null,
                ReportBook.CURRENCY, null));
        folding.foldAll(); // the summary table as it stands once every committed change is in it
        BigDecimal summary = sql("SELECT COALESCE(SUM(open_amount), 0) FROM fig_receivables WHERE currency = '"
                + ReportBook.CURRENCY + "'").get(0);
        assertEquals(0, summary.compareTo(totals.amounts().get(5)), summary + " vs " + totals.amounts());
    }

    @Test
    void theInvoiceRegisterListsEveryIssuedInvoiceAndTotalsAllButVoidedOnes() throws Exception {
        ReportRun run = book.runToTheEnd(FinanceReport.INVOICE_REGISTER, period(), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        String text = new String(book.output(run.getId()), StandardCharsets.UTF_8);
        assertTrue(text.contains("Partially paid") && text.contains(",Void,") && text.contains(",Issued,"),
                "statuses in words: " + text);
        assertTrue(!text.contains("PARTIALLY_PAID") && !text.contains("VOID"), "no status codes: " + text);
        Totals totals = ReportBook.Totals.ofCsv(book.output(run.getId()));
        assertEquals(7, totals.rows(), "six invoices and the voided one");
        assertEquals(amounts("1130.00", "50.00", "1180.00", "20.00", "110.00", "1050.00"), totals.amounts());
        assertEquals(sql("SELECT SUM(subtotal - discount_total), SUM(tax_total), SUM(total), SUM(credited_total),"
                + " SUM(paid_total), SUM(CASE WHEN status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')"
                + " THEN total - credited_total - paid_total ELSE 0 END) FROM invoices WHERE client_id = " + client
                + " AND status NOT IN ('DRAFT', 'VOID')"), totals.amounts());
    }

    @Test
    void paymentsReceivedAreSummedByMethodAndKindWithRefundsNegative() throws Exception {
        ReportRun run = book.runToTheEnd(FinanceReport.PAYMENTS_RECEIVED, period(), ReportFormat.CSV);
        byte[] csv = book.output(run.getId());
        Totals totals = ReportBook.Totals.ofCsv(csv);
        assertEquals(4, totals.rows(), "bank transfer; card; cash payment; cash refund");
        assertEquals(amounts("4", "120.00"), totals.amounts());
        assertEquals(sql("SELECT COUNT(*), SUM(amount) FROM payments WHERE status = 'RECORDED' AND client_id = "
                + client), totals.amounts());
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Bank transfer") && text.contains("Refund") && text.contains("-5.00"), text);
    }

    @Test
    void theTaxSummaryGivesEachRateItsBaseAndTaxLessCreditNotes() throws Exception {
        ReportRun run = book.runToTheEnd(FinanceReport.TAX_SUMMARY, period(), ReportFormat.CSV);
        Totals totals = ReportBook.Totals.ofCsv(book.output(run.getId()));
        assertEquals(4, totals.rows(), "0 %, 10 %, 20 % and the credit notes");
        assertEquals(amounts("1110.00", "50.00", "1160.00"), totals.amounts(), "the 20.00 credited on a 0 % invoice");
        List<BigDecimal> invoiced = sql("SELECT SUM(l.line_subtotal - l.line_discount), SUM(l.line_tax),"
                + " SUM(l.line_total) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.client_id = "
                + client + " AND i.status NOT IN ('DRAFT', 'VOID')");
        List<BigDecimal> credited = sql("SELECT ROUND(SUM(cn.amount - cn.amount * i.tax_total / i.total), 2),"
                + " ROUND(SUM(cn.amount * i.tax_total / i.total), 2), SUM(cn.amount) FROM credit_notes cn"
                + " JOIN invoices i ON i.id = cn.invoice_id WHERE cn.client_id = " + client);
        for (int k = 0; k < 3; k++) {
            assertEquals(0, invoiced.get(k).subtract(credited.get(k)).compareTo(totals.amounts().get(k)),
                    invoiced + " less " + credited + " vs " + totals.amounts());
        }
        String text = new String(book.output(run.getId()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n10,2,400.00,40.00,440.00"), "the 10 % rate: two invoices; " + text);
        assertTrue(text.contains("\nCredit notes (not split by rate),1,-20.00,0.00,-20.00"), text);
    }

    @Test
    void creditNotesAreListedAndSummed() throws Exception {
        Totals totals = csvTotals(FinanceReport.CREDIT_NOTES, period());
        assertEquals(1, totals.rows());
        assertEquals(amounts("20.00"), totals.amounts());
        assertEquals(sql("SELECT SUM(amount) FROM credit_notes WHERE client_id = " + client), totals.amounts());
    }

    @Test
    void thePdfAndTheSpreadsheetCarryTheSameTotals() throws Exception {
        ReportRun pdf = book.runToTheEnd(FinanceReport.INVOICE_REGISTER, period(), ReportFormat.PDF);
        assertEquals(ReportRunStatus.DONE, pdf.getStatus(), pdf.getFailure());
        String text = ReportReading.pdfText(book.output(pdf.getId()));
        assertTrue(text.contains("Invoice register"), text);
        assertTrue(text.contains("Total (7 rows)"), text);
        assertTrue(text.contains("1,180.00") && text.contains("1,050.00"), text);

        Totals sheet = xlsxTotals(FinanceReport.INVOICE_REGISTER, period());
        assertEquals(7, sheet.rows());
        assertEquals(amounts("1130.00", "50.00", "1180.00", "20.00", "110.00", "1050.00"), sheet.amounts(),
                "number cells a spreadsheet sums");
        assertEquals(sql("SELECT SUM(subtotal - discount_total), SUM(tax_total), SUM(total), SUM(credited_total),"
                + " SUM(paid_total), SUM(CASE WHEN status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')"
                + " THEN total - credited_total - paid_total ELSE 0 END) FROM invoices WHERE client_id = " + client
                + " AND status NOT IN ('DRAFT', 'VOID')"), sheet.amounts());
    }

    @Test
    void theAgedReceivablesSpreadsheetTotalsEqualSql() throws Exception {
        Totals sheet = xlsxTotals(FinanceReport.AGED_RECEIVABLES, new ReportParameters(null, null,
                ReportBook.CURRENCY, client));
        assertEquals(1, sheet.rows());
        assertEquals(amounts("110.00", "180.00", "300.00", "60.00", "400.00", "1050.00"), sheet.amounts());
        assertEquals(sql("SELECT SUM(total - credited_total - paid_total) FROM invoices WHERE client_id = " + client
                + " AND status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')").get(0), sheet.amounts().get(5));
    }

    private Totals xlsxTotals(FinanceReport report, ReportParameters p) throws Exception {
        ReportRun run = book.runToTheEnd(report, p, ReportFormat.XLSX);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        return ReportReading.xlsxTotals(book.output(run.getId()));
    }

    @Test
    void contractRenewalsListTheContractsInForceInThePeriodAndTotalOnlyThoseInForceOnItsLastDay() throws Exception {
        long contractsClient = book.makeContracts(today);
        ReportParameters month = new ReportParameters(today.minusDays(30), today, ReportBook.CURRENCY,
                contractsClient);
        ReportRun run = book.runToTheEnd(FinanceReport.CONTRACT_RENEWALS, month, ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        byte[] csv = book.output(run.getId());
        Totals totals = ReportBook.Totals.ofCsv(csv);
        assertEquals(6, totals.rows(), "A; B's year that ended and its renewal; C, terminated; F's two revisions;"
                + " not D nor the draft");
        // In force today: A (1,200 a year), B's renewal (2,400 a year), F's amendment (3,600 a year), each a whole
        // year: 100 + 200 + 300 a month. Not B's ended year, C's unserved term nor F's replaced revision.
        assertEquals(amounts("7200.00", "600.00"), totals.amounts());
        assertEquals(List.of(new BigDecimal("600.00")), sql("SELECT ROUND(SUM(" + org.crmir.figures.MonthlyValue.SQL
                + "), 2) FROM contracts src WHERE status = 'ACTIVE' AND client_id = " + contractsClient),
                "the dashboard's recurring revenue of the client's active contracts");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Total (6 rows): the 3 in force on " + today), text);
        assertTrue(text.contains(",Renewed,") && text.contains(",Terminated,") && text.contains(",Active,")
                && text.contains(",Replaced,"), text);
        assertTrue(text.contains("Replaced by revision 2 from " + today.minusDays(20)), "F's first revision: " + text);
        assertTrue(!text.contains("ACTIVE") && !text.contains("Expired"), "words; D ended before the period: " + text);
        assertTrue(text.contains("Ended on " + today.minusDays(5)), "C's last day: " + text);
        assertTrue(text.contains("Renews on ") && text.contains(" for 12 months"), "B's renewal renews: " + text);
        assertTrue(text.contains(",1200.00,100.00") && text.contains(",3600.00,300.00"),
                "each row's value per month at cents: " + text);

        assertEquals(totals.amounts(), xlsxTotals(FinanceReport.CONTRACT_RENEWALS, month).amounts(),
                "the spreadsheet's number cells");
        ReportRun pdf = book.runToTheEnd(FinanceReport.CONTRACT_RENEWALS, month, ReportFormat.PDF);
        assertEquals(ReportRunStatus.DONE, pdf.getStatus(), pdf.getFailure());
        String printed = ReportReading.pdfText(book.output(pdf.getId()));
        assertTrue(printed.contains("Contract renewals and recurring revenue") && printed.contains("Total (6 rows)")
                && printed.contains("7,200.00") && printed.contains("600.00"), printed);
    }

    @Test
    void salesAreSummedByClientProductAndMonthAlike() throws Exception {
        List<BigDecimal> sold = amounts("6", "1130.00", "50.00", "1180.00");
        assertEquals(sold, sql("SELECT COUNT(*), SUM(subtotal - discount_total), SUM(tax_total), SUM(total)"
                + " FROM invoices WHERE client_id = " + client + " AND status NOT IN ('DRAFT', 'VOID')"));
        Totals byClient = csvTotals(FinanceReport.SALES_BY_CLIENT, period());
        assertEquals(1, byClient.rows());
        assertEquals(sold, byClient.amounts());
        Totals byProduct = csvTotals(FinanceReport.SALES_BY_PRODUCT, period());
        assertEquals(1, byProduct.rows(), "no line names a catalog product");
        assertEquals(sold, byProduct.amounts(), "one line per invoice");
        Totals byMonth = csvTotals(FinanceReport.SALES_BY_MONTH, period());
        assertEquals(sql("SELECT COUNT(DISTINCT DATE_FORMAT(issue_date, '%Y-%m')) FROM invoices WHERE client_id = "
                + client + " AND status NOT IN ('DRAFT', 'VOID')").get(0).longValue(), byMonth.rows());
        assertEquals(sold, byMonth.amounts());
    }

    @Test
    void theOpenQuotesPipelineListsUndecidedQuotes() throws Exception {
        Totals totals = csvTotals(FinanceReport.OPEN_QUOTES, new ReportParameters(null, null, ReportBook.CURRENCY,
                client));
        assertEquals(1, totals.rows());
        assertEquals(amounts("550.00"), totals.amounts());
        assertEquals(sql("SELECT SUM(total) FROM quotes WHERE client_id = " + client
                + " AND status IN ('DRAFT', 'SENT', 'ACCEPTED')"), totals.amounts());
    }

    @Test
    void collectionPerformanceCountsDaysFromIssueToPayment() throws Exception {
        Totals totals = csvTotals(FinanceReport.COLLECTION_PERFORMANCE, period());
        assertEquals(1, totals.rows(), "one invoice paid in full");
        assertEquals(amounts("1", "1", "80.00", "20", "20.0"), totals.amounts(), "paid 20 days after issue, late");
        List<BigDecimal> inSql = sql("SELECT COUNT(*), SUM(CASE WHEN paid_on > due_date THEN 1 ELSE 0 END),"
                + " SUM(total), SUM(GREATEST(DATEDIFF(paid_on, issue_date), 0)) FROM invoices WHERE status = 'PAID'"
                + " AND client_id = " + client);
        assertEquals(inSql, totals.amounts().subList(0, 4));
    }

    @Test
    void collectionPerformanceGivesDaysSalesOutstandingAsTheDashboardCountsIt() throws Exception {
        ReportRun run = book.runToTheEnd(FinanceReport.COLLECTION_PERFORMANCE, period(), ReportFormat.CSV);
        assertEquals(ReportRunStatus.DONE, run.getStatus(), run.getFailure());
        String text = new String(book.output(run.getId()), StandardCharsets.UTF_8);
        List<BigDecimal> inputs = sql("SELECT SUM(CASE WHEN status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')"
                + " THEN total - credited_total - paid_total ELSE 0 END), SUM(CASE WHEN status NOT IN ('DRAFT', 'VOID')"
                + " AND issue_date BETWEEN '" + today.minusDays(89) + "' AND '" + today + "' THEN total ELSE 0 END)"
                + " FROM invoices WHERE client_id = " + client);
        assertEquals(amounts("1050.00", "780.00"), inputs, "open; invoiced in the last 90 days (not 120 days ago)");
        BigDecimal dso = org.crmir.figures.DaysSalesOutstanding.of(inputs.get(0), inputs.get(1));
        assertEquals(new BigDecimal("121.2"), dso);
        assertTrue(text.contains("Days sales outstanding on " + today + ": 121.2"), text);
    }

    @Test
    void anInvoicePaidInAdvanceCountsNoDaysToPayAsOnTheDashboard() throws Exception {
        String paid = "status = 'PAID' AND client_id = " + client;
        // Paid three days before it was issued (an advance, as a payment kept as credit and allocated later is);
        // put back afterwards, so that the dashboard's summary tables agree with the invoices again.
        ReportReading.update("UPDATE invoices SET paid_on = DATE_SUB(issue_date, INTERVAL 3 DAY) WHERE " + paid);
        try {
            Totals totals = csvTotals(FinanceReport.COLLECTION_PERFORMANCE, period());
            assertEquals(amounts("1", "0", "80.00", "0", "0.0"), totals.amounts(), "0 days, not -3");
        } finally {
            ReportReading.update("UPDATE invoices SET paid_on = '" + today + "' WHERE " + paid);
        }
    }
}
