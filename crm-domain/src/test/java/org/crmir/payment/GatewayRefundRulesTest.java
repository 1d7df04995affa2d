package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Refunds reported by a card gateway, and reusing a pending gateway request. */
class GatewayRefundRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Payment card(String amount) {
        return Payment.received(1L, eur(amount), PaymentMethod.CARD, "stripe pi_1", TODAY, TODAY, "gateway", NOW);
    }

    @Test
    void aGatewayReportsTheRefundedTotalSoOnlyTheNewPartIsToRecord() {
        Payment payment = card("100.00");
        assertEquals(eur("30.00"), payment.refundStillToRecord(eur("30.00")));
        payment.refund(eur("30.00"), "partial", TODAY, "gateway", NOW);
        assertEquals(eur("0.00"), payment.refundStillToRecord(eur("30.00")), "the same event again adds nothing");
        assertEquals(eur("0.00"), payment.refundStillToRecord(eur("10.00")), "an older, smaller report adds nothing");
        assertEquals(eur("50.00"), payment.refundStillToRecord(eur("80.00")));
    }

    @Test
    void aReportedRefundAboveThePaymentOrInAnotherCurrencyIsRefused() {
        Payment payment = card("100.00");
        assertThrows(InvalidInputException.class, () -> payment.refundStillToRecord(eur("100.01")));
        assertThrows(InvalidInputException.class, () -> payment.refundStillToRecord(Money.of("5", "USD")));
        Payment refund = payment.refund(eur("5.00"), null, TODAY, "gateway", NOW);
        assertThrows(RuleViolationException.class, () -> refund.refundStillToRecord(eur("1.00")));
    }

    @Test
    void onlyWhatTheCreditDoesNotCoverMustLeaveTheInvoices() {
        Payment payment = card("100.00");
        payment.allocate(eur("80.00"));
        assertEquals(eur("0.00"), payment.toReleaseBeforeRefunding(eur("20.00")));
        assertEquals(eur("10.00"), payment.toReleaseBeforeRefunding(eur("30.00")));
    }

    @Test
    void releasingTakesAllocationsInTheOrderGivenAsFarAsNeeded() {
        Allocation newest = new Allocation(1, 12, new BigDecimal("40.00"), NOW);
        Allocation older = new Allocation(1, 11, new BigDecimal("60.00"), NOW.minusSeconds(60));
        List<AllocationRelease> plan = Allocator.releaseInOrder(eur("55.00"), List.of(newest, older));
        assertEquals(2, plan.size());
        assertSame(newest, plan.get(0).allocation());
        assertEquals(eur("40.00"), plan.get(0).amount());
        assertSame(older, plan.get(1).allocation());
        assertEquals(eur("15.00"), plan.get(1).amount());
        assertThrows(RuleViolationException.class, () -> Allocator.releaseInOrder(eur("100.01"),
                List.of(newest, older)));
    }

    @Test
    void aPartlyReleasedAllocationIsReversedAndTheRestBecomesANewOne() {
        Allocation allocation = new Allocation(1, 11, new BigDecimal("60.00"), NOW);
        Allocation rest = allocation.release(eur("15.00"), NOW);
        assertTrue(allocation.isReversed());
        assertEquals(0, new BigDecimal("45.00").compareTo(rest.getAmount()));
        assertEquals(11L, rest.getInvoiceId());
        assertFalse(rest.isReversed());
        assertNull(rest.release(eur("45.00"), NOW), "releasing all of it leaves nothing on the invoice");
        assertThrows(RuleViolationException.class, () -> allocation.release(eur("1.00"), NOW));
        assertThrows(InvalidInputException.class,
                () -> new Allocation(1, 11, new BigDecimal("10.00"), NOW).release(eur("10.01"), NOW));
    }

    @Test
    void aRequestIsReusedOnlyWhileOpenForTheSameAmountAndBeforeItExpires() {
        PaymentRequest request = new PaymentRequest("stripe", 7, eur("120.00"), "key-1", null, NOW);
        assertTrue(request.isReusableFor(eur("120.00"), NOW.plusSeconds(5)), "created, not yet at the gateway");
        request.accepted("cs_test_1", "https://pay.example/cs_test_1", NOW);
        assertTrue(request.isReusableFor(eur("120.00"), NOW.plus(Duration.ofHours(22))));
        assertFalse(request.isReusableFor(eur("100.00"), NOW), "the amount due changed");
        assertFalse(request.isReusableFor(eur("120.00"), NOW.plus(Duration.ofHours(24))), "expired at the gateway");
        request.failed("Your card was declined.", NOW);
        assertFalse(request.isReusableFor(eur("120.00"), NOW));
    }
}
