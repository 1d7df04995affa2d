package org.crmir.financereport;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractService;
import org.crmir.contract.ContractStatus;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.quote.QuoteService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;

/**
 * Known books for the report tests: one client (payment terms 0, so an invoice is due the day it is issued) with
 * invoices issued today and 10, 45, 75 and 120 days ago, one voided, a credit note, a payment on an invoice, a
 * payment kept as credit and part of it refunded, an invoice issued 20 days ago and paid today by card, and a
 * draft quote. Also runs a report through the queue and reads its output.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step commits; waiting sees other commits
public class ReportBook {

    public static final String CURRENCY = "CHF";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @EJB
    Fixtures fixtures;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsAdmin asAdmin;

    @EJB
    ContractService contracts;

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    ReportRuns runs;

    @EJB
    QuoteService quotes;

    @Inject
    BusinessClock clock;

    /** Makes the books and returns the client's id. */
    public long make() throws Exception {
        fixtures.usersExist();
        long client = fixtures.client("Report Books " + Fixtures.unique(), c -> {
            c.setCurrency(CURRENCY);
            c.setPaymentTermsDays(0);
        });
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        issued(client, today, line("Consulting", "100.00", "10"));
        long second = issued(client, today.minusDays(10), line("Support", "200.00", "0"));
        long third = issued(client, today.minusDays(45), line("Project", "300.00", "10"));
        issued(client, today.minusDays(75), line("Licence", "50.00", "20"));
        issued(client, today.minusDays(120), line("Audit", "400.00", "0"));
        long voided = issued(client, today.minusDays(5), line("Mistake", "70.00", "10"));
        asFinance.call(() -> invoices.voidInvoice(voided));
        asFinance.call(() -> invoices.credit(second, Money.of("20.00", CURRENCY), "Goodwill"));
        asFinance.call(() -> payments.recordForInvoice(third, Money.of("30.00", CURRENCY),
                PaymentMethod.BANK_TRANSFER, "BT-1", today));
        long credit = asFinance.call(() -> payments.record(client, Money.of("15.00", CURRENCY), PaymentMethod.CASH,
                null, today, false).getId());
        asFinance.call(() -> payments.refund(credit, Money.of("5.00", CURRENCY), "Asked back"));
        long paidLate = issued(client, today.minusDays(20), line("Training", "80.00", "0"));
        asFinance.call(() -> payments.recordForInvoice(paidLate, Money.of("80.00", CURRENCY), PaymentMethod.CARD,
                "CARD-1", today));
        asSales.call(() -> quotes.createDraft(client, today.plusDays(30), List.of(line("Proposal", "500.00", "10")),
                null, null));
        return client;
    }

    /**
     * A client of its own with an invoice due on each edge of the aging buckets: 30, 31, 60, 61, 90 and 91 days
     * before {@code today} (payment terms 0: due the day it is issued), of 1, 2, 4, 8, 16 and 32 without tax, so
     * every bucket's sum says which invoices fell in it. Returns the client's id.
     */
    public long makeBucketEdges(LocalDate today) throws Exception {
        fixtures.usersExist();
        long client = fixtures.client("Report Edges " + Fixtures.unique(), c -> {
            c.setCurrency(CURRENCY);
            c.setPaymentTermsDays(0);
        });
        int[] daysAgo = {30, 31, 60, 61, 90, 91};
        for (int k = 0; k < daysAgo.length; k++) {
            issued(client, today.minusDays(daysAgo[k]), line("Edge " + daysAgo[k], String.valueOf(1 << k), "0"));
        }
        return client;
    }

    /**
     * A client of its own with contracts worth 1,200 a year, by {@code today}: A in force through the period
     * (started 100 days ago, a year's term); B, renewing, whose year ended 10 days ago and was renewed for a
     * year (two revisions, the second in force); C terminated 5 days ago; D expired 60 days ago; E a draft; F, a
     * year of 1,200 from 50 days ago replaced 20 days ago by its amendment, a year of 3,600 from then (two
     * revisions, the second in force). Returns the client's id.
     */
    public long makeContracts(LocalDate today) throws Exception {
        fixtures.usersExist();
        long client = fixtures.client("Report Contracts " + Fixtures.unique(), c -> c.setCurrency(CURRENCY));
        LocalDate startA = today.minusDays(100);
        contract(client, "A", startA, startA.plusYears(1).minusDays(1), false, "1200.00", true);
        LocalDate endB = today.minusDays(10);
        long b = contract(client, "B", endB.plusDays(1).minusYears(1), endB, true, "2400.00", true);
        long c = contract(client, "C", today.minusDays(200), today.plusDays(165), false, "600.00", true);
        LocalDate endD = today.minusDays(60);
        long d = contract(client, "D", endD.plusDays(1).minusYears(1), endD, false, "900.00", true);
        contract(client, "E", today, today.plusYears(1).minusDays(1), false, "5000.00", false);
        // What the nightly job does on B's and D's end dates (every contract of the books ending by then).
        asAdmin.call(() -> contracts.renewOrExpire(endD));
        asAdmin.call(() -> contracts.renewOrExpire(endB));
        asSales.call(() -> contracts.terminate(c, today.minusDays(5), "Client closed the site"));
        // F: a year of 1,200 from 50 days ago, amended 20 days ago to a year of 3,600 from that day.
        long f = contract(client, "F", today.minusDays(50), today.minusDays(50).plusYears(1).minusDays(1), false,
                "1200.00", true);
        LocalDate amendedFrom = today.minusDays(20);
        onDay(amendedFrom, () -> {
            Contract amendment = asSales.call(() -> contracts.amend(f));
            asSales.call(() -> contracts.updateDraft(amendment.getId(), amendment.getVersion(), new ContractDraft(
                    client, "Report contract F", null, amendedFrom, amendedFrom.plusYears(1).minusDays(1), 30,
                    false, null, 30, new BigDecimal("3600.00"), null, null, null, null, null, List.of(), null,
                    List.of())));
            return asSales.call(() -> contracts.activate(amendment.getId()));
        });
        for (long id : new long[] {b, d}) {
            if (asSales.call(() -> contracts.find(id).getStatus()) == ContractStatus.ACTIVE) {
                throw new IllegalStateException("contract " + id + " should have ended");
            }
        }
        return client;
    }

    private long contract(long client, String title, LocalDate start, LocalDate end, boolean renews, String value,
            boolean activate) throws Exception {
        ContractDraft draft = new ContractDraft(client, "Report contract " + title, null, start, end, 30, renews,
                renews ? 12 : null, 30, new BigDecimal(value), null, null, null, null, null, List.of(), null,
                List.of());
        long id = asSales.call(() -> contracts.createDraft(draft).getId());
        if (activate) {
            // Activated on its first day, as it would have been (a contract already over cannot be).
            onDay(start, () -> asSales.call(() -> contracts.activate(id)));
        }
        return id;
    }

    /** Does {@code work} at noon (UTC) on {@code day} by the business clock. */
    private void onDay(LocalDate day, Callable<?> work) {
        clock.at(day.atTime(12, 0).toInstant(ZoneOffset.UTC), () -> {
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long issued(long client, LocalDate on, LineInput line) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(client, List.of(line), null, null).getId());
        if (on.equals(LocalDate.now(ZoneOffset.UTC))) {
            asFinance.call(() -> invoices.issue(id));
        } else {
            onDay(on, () -> asFinance.call(() -> invoices.issue(id)));
        }
        return id;
    }

    private static LineInput line(String description, String price, String taxPercent) {
        return new LineInput(null, description, BigDecimal.ONE, null, new BigDecimal(price), BigDecimal.ZERO,
                new BigDecimal(taxPercent));
    }

    /** Queues {@code report} as finance and waits until it is DONE (or FAILED, which fails the test). */
    public ReportRun runToTheEnd(FinanceReport report, ReportParameters parameters, ReportFormat format)
            throws Exception {
        long id = asFinance.call(() -> runs.request(report, parameters, format, null)).getId();
        return waitUntilFinished(id);
    }

    public ReportRun waitUntilFinished(long id) throws Exception {
        return Eventually.until(PATIENCE, () -> asFinance.call(() -> runs.find(id)), r -> r.getStatus().finished());
    }

    public byte[] output(long runId) throws Exception {
        return asFinance.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            runs.writeOutput(runId, out);
            return out.toByteArray();
        });
    }

    public <T> T asFinance(Callable<T> work) throws Exception {
        return asFinance.call(work);
    }

    /** The row count and the amounts on a CSV output's total line, in column order. */
    public record Totals(long rows, List<BigDecimal> amounts) {

        /** The row count of a total line's first cell: "Total (6 rows)", maybe followed by what is totalled. */
        static long rowsOf(String firstCell) {
            java.util.regex.Matcher count = java.util.regex.Pattern.compile("^Total \\((\\d+) rows?\\)")
                    .matcher(firstCell);
            if (!count.find()) {
                throw new AssertionError("Not a total line: " + firstCell);
            }
            return Long.parseLong(count.group(1));
        }

        /** The amounts on a CSV output's total line, in column order, and its row count. */
        public static Totals ofCsv(byte[] csv) {
            for (String line : new String(csv, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.startsWith("Total (") || line.startsWith("\"Total (")) {
                    String[] cells = line.replace("\"", "").split(",");
                    long rows = rowsOf(cells[0]);
                    List<BigDecimal> amounts = new ArrayList<>();
                    for (int k = 1; k < cells.length; k++) {
                        if (!cells[k].isBlank()) {
                            amounts.add(new BigDecimal(cells[k].strip()));
                        }
                    }
                    return new Totals(rows, amounts);
                }
            }
            throw new AssertionError("No total line in\n" + new String(csv, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
