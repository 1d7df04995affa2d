package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A payment reads, before and after, only the invoice summaries money paid can move: these must be exactly the
 * ones whose rows read what is paid (open amounts, settlement), or the figures would drift from their invoices.
 */
class MovesWhenPaidTest {

    static final List<Summary> INVOICE_SUMMARIES = List.of(new ReceivablesSummary(),
            new ReceivablesTotalsSummary(), new SettledInvoicesSummary(), new ClientRevenueSummary(),
            new IssuedInvoicesSummary(), new IssuedMonthsSummary(), new IssuedTotalsSummary(),
            new ProductRevenueSummary(), new ProductTotalsSummary(), new ProductTrendSummary(),
            new ProductYearTotalsSummary(), new SegmentTrendSummary());

    @Test
    void onlyTheOpenAndSettledInvoicesMoveWithAPayment() {
        Set<String> moving = new TreeSet<>();
        for (Summary summary : INVOICE_SUMMARIES) {
            assertEquals(FigureSource.INVOICE, summary.source(), summary.table());
            if (summary.movesWhenPaid()) {
                moving.add(summary.table());
            }
        }
        assertEquals(Set.of("fig_invoices_settled", "fig_receivables", "fig_receivables_totals"), moving);
    }

    @Test
    void aPaymentsSummariesCountWhatWasReceivedSoAllocatingItMovesNone() {
        for (Summary summary : List.of(new CollectionsSummary(), new CollectionMonthsSummary())) {
            assertEquals(FigureSource.PAYMENT, summary.source(), summary.table());
            assertEquals(false, summary.movesWhenPaid(), summary.table());
        }
    }

    @Test
    void aPaymentSummaryThatReadsWhatIsAllocatedMoves() {
        Summary creditPerDay = new GroupedSummary("fig_example", FigureSource.PAYMENT, CollectionsSummary.PAYMENTS,
                CollectionsSummary.COUNTED, List.of(new GroupedSummary.Column("received_on", "src.received_on")),
                List.of(new GroupedSummary.Column("credit", "SUM(src.open_credit)"))) {
        };
        assertEquals(true, creditPerDay.movesWhenPaid());
    }

    @Test
    void anIssuedSummaryThatReadsWhatIsPaidMovesToo() {
        Summary paidPerDay = new GroupedSummary("fig_example", FigureSource.INVOICE, GroupedSummary.INVOICES,
                GroupedSummary.ISSUED, List.of(new GroupedSummary.Column("issue_date", "src.issue_date")),
                List.of(new GroupedSummary.Column("paid", "SUM(src.paid_total)"))) {
        };
        assertEquals(true, paidPerDay.movesWhenPaid());
    }
}
