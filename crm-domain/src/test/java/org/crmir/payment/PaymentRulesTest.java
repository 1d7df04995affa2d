package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class PaymentRulesTest {

    private static final java.time.LocalDate PAID_ON = java.time.LocalDate.of(2026, 3, 2);

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Payment payment(String amount) {
        return Payment.received(1L, eur(amount), PaymentMethod.BANK_TRANSFER, "REF-1", TODAY, TODAY, "fin", NOW);
    }

    private static Invoice issued(String price) {
        Invoice invoice = new Invoice(1L, "EUR", 14, "sam", NOW);
        invoice.addLine(new LineInput(null, "Work", BigDecimal.ONE, null, new BigDecimal(price), null, null));
        invoice.issue("INV-2026-000001", TODAY);
        return invoice;
    }

    @Test
    void oldestDueFirstFillsInvoicesInOrderAndLeavesTheRestAsCredit() {
        List<AllocationPlan> plan = Allocator.oldestDueFirst(eur("250"), List.of(
                new OpenInvoice(3, TODAY.plusDays(10), eur("100")),
                new OpenInvoice(1, TODAY.minusDays(5), eur("120")),
                new OpenInvoice(2, TODAY, eur("80")),
                new OpenInvoice(4, TODAY.minusDays(9), Money.of("50", "USD"))));
        assertEquals(List.of(new AllocationPlan(1, eur("120")), new AllocationPlan(2, eur("80")),
                new AllocationPlan(3, eur("50"))), plan);
    }

    @Provide
    Arbitrary<List<OpenInvoice>> invoices() {
        return Arbitraries.integers().between(1, 100_000).list().ofMinSize(0).ofMaxSize(12).map(cents -> {
            java.util.List<OpenInvoice> open = new java.util.ArrayList<>();
            for (int i = 0; i < cents.size(); i++) {
                open.add(new OpenInvoice(i + 1, TODAY.plusDays(cents.get(i) % 60 - 30),
                        Money.of(BigDecimal.valueOf(cents.get(i), 2), "EUR")));
            }
            return open;
        });
    }

    @Property(tries = 300)
    void allocationNeverExceedsThePaymentOrAnyBalance(@ForAll("invoices") List<OpenInvoice> open,
            @ForAll("cents") int paid) {
        Money available = Money.of(BigDecimal.valueOf(paid, 2), "EUR");
        List<AllocationPlan> plan = Allocator.oldestDueFirst(available, open);
        Money sum = plan.stream().map(AllocationPlan::amount).reduce(eur("0"), Money::plus);
        assertTrue(!sum.isGreaterThan(available));
        for (AllocationPlan part : plan) {
            OpenInvoice invoice = open.stream().filter(o -> o.invoiceId() == part.invoiceId()).findFirst().orElseThrow();
            assertTrue(!part.amount().isGreaterThan(invoice.balance()));
            assertTrue(part.amount().isGreaterThan(eur("0")));
        }
        Money due = open.stream().map(OpenInvoice::balance).reduce(eur("0"), Money::plus);
        assertEquals(due.isGreaterThan(available) ? available : due, sum);
    }

    @Provide
    Arbitrary<Integer> cents() {
        return Arbitraries.integers().between(1, 1_000_000);
    }

    @Test
    void partialThenFullPaymentMovesAnInvoiceToPartiallyPaidThenPaid() {
        Invoice invoice = issued("100");
        invoice.receivePayment(eur("40"), PAID_ON);
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        assertThrows(InvalidInputException.class, () -> invoice.receivePayment(eur("60.01"), PAID_ON));
        invoice.receivePayment(eur("60"), PAID_ON);
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
        assertThrows(RuleViolationException.class, () -> invoice.receivePayment(eur("1"), PAID_ON));
        invoice.reversePayment(eur("60"), TODAY);
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        invoice.reversePayment(eur("40"), TODAY.plusDays(30));
        assertEquals(InvoiceStatus.OVERDUE, invoice.getStatus());
    }

    @Test
    void aPaymentCannotAllocateOrRefundMoreThanItHas() {
        Payment payment = payment("100");
        payment.allocate(eur("70"));
        assertEquals(eur("30"), payment.getUnallocated());
        assertThrows(InvalidInputException.class, () -> payment.allocate(eur("30.01")));
        assertThrows(RuleViolationException.class, () -> payment.refund(eur("31"), "x", TODAY, "fin", NOW));
        Payment refund = payment.refund(eur("30"), "overpaid", TODAY, "fin", NOW);
        assertEquals(eur("-30"), refund.getAmount());
        assertEquals(PaymentKind.REFUND, refund.getKind());
        assertEquals(eur("0"), payment.getUnallocated());
        assertThrows(RuleViolationException.class, payment::voidPayment);
    }

    @Test
    void badPaymentsAreRefused() {
        assertThrows(InvalidInputException.class, () -> payment("0"));
        assertThrows(InvalidInputException.class, () -> payment("-5"));
        assertThrows(InvalidInputException.class, () -> Money.of("10.001", "EUR"));
        assertThrows(InvalidInputException.class, () -> Payment.received(1L, eur("5"), PaymentMethod.CASH, null,
                TODAY.plusDays(1), TODAY, "fin", NOW));
    }
}
