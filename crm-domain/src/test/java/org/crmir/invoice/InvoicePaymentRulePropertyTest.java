package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmir.invoice.PaymentRefusal.Reason;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;

/** The payment rule for any amount, currency and invoice state: one answer, thrown and returned alike. */
class InvoicePaymentRulePropertyTest {

    private static final java.time.LocalDate PAID_ON = java.time.LocalDate.of(2026, 3, 2);

    private static final String[] CURRENCIES = {"EUR", "USD", "JPY", "KWD", "KES"};

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of(CURRENCIES);
    }

    /** Whole amounts from -1,000 to 100,000, so that they fit every currency's scale. */
    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000")).ofScale(0);
    }

    /** An issued invoice of {@code total}, with {@code paidPercent} of it paid (100 leaves it PAID). */
    private static Invoice invoice(String currency, BigDecimal total, int paidPercent, boolean voided) {
        Invoice invoice = InvoicePaymentRuleTest.issued(currency, total.toPlainString());
        if (voided) {
            invoice.voidInvoice();
            return invoice;
        }
        BigDecimal paid = total.multiply(BigDecimal.valueOf(paidPercent)).divide(BigDecimal.valueOf(100),
                0, java.math.RoundingMode.DOWN);
        if (paid.signum() > 0) {
            invoice.receivePayment(Money.of(paid, currency), PAID_ON);
        }
        return invoice;
    }

    @Property(tries = 400)
    void refusedExactlyWhenTheCurrencyDiffersTheInvoiceIsSettledOrTheAmountIsNotPositive(
            @ForAll("currencies") String invoiceCurrency, @ForAll("currencies") String paymentCurrency,
            @ForAll("amounts") BigDecimal total, @ForAll @IntRange(min = 0, max = 100) int paidPercent,
            @ForAll boolean voided, @ForAll("amounts") BigDecimal offered) {
        BigDecimal invoiceTotal = total.abs().add(BigDecimal.ONE);
        Invoice invoice = invoice(invoiceCurrency, invoiceTotal, paidPercent, voided);
        Money amount = Money.of(offered, paymentCurrency);

        Optional<Reason> reason = invoice.refusalOfPayment(amount).map(PaymentRefusal::reason);

        Reason expected = !invoiceCurrency.equals(paymentCurrency) ? Reason.OTHER_CURRENCY
                : !invoice.getStatus().isOpen() ? Reason.NOT_OPEN
                : offered.signum() <= 0 ? Reason.NOT_POSITIVE : null;
        assertEquals(Optional.ofNullable(expected), reason);
    }

    @Property(tries = 400)
    void checkPayableThrowsTheRefusalItReturns(@ForAll("currencies") String paymentCurrency,
            @ForAll("amounts") BigDecimal total, @ForAll @IntRange(min = 0, max = 100) int paidPercent,
            @ForAll boolean voided, @ForAll("amounts") BigDecimal offered) {
        Invoice invoice = invoice("EUR", total.abs().add(BigDecimal.ONE), paidPercent, voided);
        Money amount = Money.of(offered, paymentCurrency);
        Optional<PaymentRefusal> refusal = invoice.refusalOfPayment(amount);
        if (refusal.isEmpty()) {
            invoice.checkPayable(amount);
            return;
        }
        Class<? extends RuntimeException> type = refusal.get().reason() == Reason.NOT_OPEN
                ? RuleViolationException.class : InvalidInputException.class;
        RuntimeException thrown = assertThrows(type, () -> invoice.checkPayable(amount));
        assertTrue(thrown.getMessage().contains(refusal.get().message()), thrown.getMessage());
    }

    @Property(tries = 400)
    void anAllocationWithinTheBalanceIsTakenAndOneBeyondItChangesNothing(@ForAll("currencies") String currency,
            @ForAll("amounts") BigDecimal total, @ForAll @IntRange(min = 0, max = 99) int paidPercent,
            @ForAll("amounts") BigDecimal offered) {
        Invoice invoice = invoice(currency, total.abs().add(BigDecimal.ONE), paidPercent, false);
        Money balance = invoice.getBalance();
        InvoiceStatus status = invoice.getStatus();
        Money part = Money.of(offered, currency);
        boolean fits = offered.signum() > 0 && !part.isGreaterThan(balance);

        if (fits) {
            invoice.receivePayment(part, PAID_ON);
            assertEquals(balance.minus(part), invoice.getBalance());
            assertFalse(invoice.getBalance().isNegative());
            assertEquals(invoice.getBalance().isZero() ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID,
                    invoice.getStatus());
        } else {
            assertThrows(InvalidInputException.class, () -> invoice.receivePayment(part, PAID_ON));
            assertEquals(balance, invoice.getBalance());
            assertEquals(status, invoice.getStatus());
        }
    }
}
