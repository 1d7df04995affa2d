package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmir.invoice.PaymentRefusal.Reason;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** "Can this invoice take this money": the one rule the manual, card and M-Pesa payments all ask. */
class InvoicePaymentRuleTest {

    private static final java.time.LocalDate PAID_ON = java.time.LocalDate.of(2026, 3, 2);

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate ISSUED_ON = LocalDate.parse("2026-11-26");

    /** An issued invoice of one line at {@code price}. */
    static Invoice issued(String currency, String price) {
        Invoice invoice = new Invoice(7L, currency, 14, "sam", NOW);
        invoice.replaceLines(List.of(new LineInput(null, "Consulting", BigDecimal.ONE, "h", new BigDecimal(price),
                BigDecimal.ZERO, BigDecimal.ZERO)));
        invoice.issue("INV-2026-000001", ISSUED_ON);
        return invoice;
    }

    private static Reason reasonFor(Invoice invoice, Money amount) {
        return invoice.refusalOfPayment(amount).map(PaymentRefusal::reason).orElse(null);
    }

    @Test
    void anOpenInvoiceTakesAPositiveAmountInItsCurrencyEvenBeyondItsBalance() {
        Invoice invoice = issued("EUR", "100.00");
        assertTrue(invoice.refusalOfPayment(Money.of("0.01", "EUR")).isEmpty());
        assertTrue(invoice.refusalOfPayment(Money.of("100.00", "EUR")).isEmpty());
        assertTrue(invoice.refusalOfPayment(Money.of("250.00", "EUR")).isEmpty(), "the rest is client credit");
        invoice.receivePayment(Money.of("40.00", "EUR"), PAID_ON);
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        assertTrue(invoice.refusalOfPayment(Money.of("60.00", "EUR")).isEmpty());
        invoice.markOverdue(ISSUED_ON.plusDays(30));
        assertEquals(InvoiceStatus.OVERDUE, invoice.getStatus());
        assertTrue(invoice.refusalOfPayment(Money.of("60.00", "EUR")).isEmpty());
    }

    @Test
    void moneyInAnotherCurrencyIsRefusedFirst() {
        Invoice invoice = issued("EUR", "100.00");
        assertEquals(Reason.OTHER_CURRENCY, reasonFor(invoice, Money.of("10.00", "USD")));
        assertEquals(Reason.OTHER_CURRENCY, reasonFor(invoice, Money.of("-10.00", "USD")));
        assertEquals("invoice INV-2026-000001 is in EUR, the payment in USD",
                invoice.refusalOfPayment(Money.of("10.00", "USD")).orElseThrow().message());
        assertEquals("currency", assertThrows(InvalidInputException.class,
                () -> invoice.checkPayable(Money.of("10.00", "USD"))).getField());
    }

    @Test
    void draftPaidAndVoidInvoicesDoNotExpectMoney() {
        Invoice draft = new Invoice(7L, "EUR", 14, "sam", NOW);
        assertEquals(Reason.NOT_OPEN, reasonFor(draft, Money.of("10.00", "EUR")));
        assertTrue(draft.refusalOfPayment(Money.of("10.00", "EUR")).orElseThrow().message()
                .startsWith("Invoice draft is draft"));

        Invoice paid = issued("EUR", "100.00");
        paid.receivePayment(Money.of("100.00", "EUR"), PAID_ON);
        assertEquals(InvoiceStatus.PAID, paid.getStatus());
        assertEquals(Reason.NOT_OPEN, reasonFor(paid, Money.of("10.00", "EUR")));
        assertThrows(RuleViolationException.class, () -> paid.checkPayable(Money.of("10.00", "EUR")));

        Invoice cancelled = issued("EUR", "100.00");
        cancelled.voidInvoice();
        assertEquals(Reason.NOT_OPEN, reasonFor(cancelled, Money.of("10.00", "EUR")));
        assertEquals(Reason.NOT_OPEN, reasonFor(cancelled, Money.of("0.00", "EUR")), "the state is told first");
    }

    @Test
    void zeroAndNegativeAmountsAreNoPayment() {
        Invoice invoice = issued("EUR", "100.00");
        assertEquals(Reason.NOT_POSITIVE, reasonFor(invoice, Money.of("0.00", "EUR")));
        assertEquals(Reason.NOT_POSITIVE, reasonFor(invoice, Money.of("-5.00", "EUR")));
        assertEquals("amount", assertThrows(InvalidInputException.class,
                () -> invoice.checkPayable(Money.zero("EUR"))).getField());
    }

    @Test
    void anAllocationNeverExceedsTheBalanceAndLeavesTheInvoiceAsItWas() {
        Invoice invoice = issued("EUR", "100.00");
        invoice.receivePayment(Money.of("30.00", "EUR"), PAID_ON);
        InvalidInputException over = assertThrows(InvalidInputException.class,
                () -> invoice.receivePayment(Money.of("70.01", "EUR"), PAID_ON));
        assertEquals("amount", over.getField());
        assertEquals(Money.of("70.00", "EUR"), invoice.getBalance());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        assertThrows(InvalidInputException.class, () -> invoice.receivePayment(Money.of("10.00", "USD"), PAID_ON));
        assertEquals(null, invoice.getPaidOn(), "not settled yet");
        invoice.receivePayment(Money.of("70.00", "EUR"), PAID_ON);
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
        assertEquals(PAID_ON, invoice.getPaidOn(), "settled the day the last money came");
        assertThrows(RuleViolationException.class, () -> invoice.receivePayment(Money.of("1.00", "EUR"), PAID_ON));
    }

    @Test
    void aSettledInvoiceThatReopensIsNoLongerPaidOnAnyDay() {
        Invoice invoice = issued("EUR", "100.00");
        invoice.receivePayment(Money.of("100.00", "EUR"), PAID_ON);
        invoice.reversePayment(Money.of("40.00", "EUR"), PAID_ON.plusDays(3));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.getStatus());
        assertEquals(null, invoice.getPaidOn());
        invoice.credit(Money.of("40.00", "EUR"), PAID_ON.plusDays(5));
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
        assertEquals(PAID_ON.plusDays(5), invoice.getPaidOn(), "a credit note that settles it dates it");
    }
}
