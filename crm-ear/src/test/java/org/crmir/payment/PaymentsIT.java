package org.crmir.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditEntry;
import org.crmir.audit.AuditService;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.notification.NotificationService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Manual payments in the real server: allocation, credit, refunds, voids, roles, and concurrency. */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    @EJB
    PaymentService payments;

    @EJB
    InvoiceService invoices;

    @EJB
    AuditService audit;

    @EJB
    NotificationService notifications;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private long clientId;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        clientId = fixtures.client("Pay Co");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** An issued invoice of {@code amount} EUR (no tax) for the test's client. */
    private long invoiceOf(String amount) throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Work",
                BigDecimal.ONE, null, new BigDecimal(amount), null, null)), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        return id;
    }

    private Invoice invoice(long id) throws Exception {
        return asViewer.call(() -> invoices.find(id));
    }

    @Test
    void aPaymentSettlesTheOldestInvoicesFirstAndTheRestBecomesCredit() throws Exception {
        long first = invoiceOf("100.00");
        long second = invoiceOf("50.00");
        Payment payment = asFinance.call(() -> payments.record(clientId, eur("130.00"),
                PaymentMethod.BANK_TRANSFER, "SEPA-1", today, true));
        assertEquals(InvoiceStatus.PAID, invoice(first).getStatus());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice(second).getStatus());
        assertEquals(eur("20.00"), invoice(second).getBalance());
        assertEquals(eur("0.00"), asViewer.call(() -> payments.find(payment.getId())).getUnallocated());

        Payment over = asFinance.call(() -> payments.record(clientId, eur("45.00"), PaymentMethod.CASH, null,
                today, true));
        assertEquals(InvoiceStatus.PAID, invoice(second).getStatus());
        assertEquals(Map.of("EUR", eur("25.00")), asViewer.call(() -> payments.creditOf(clientId)));
        assertEquals(eur("25.00"), asViewer.call(() -> payments.find(over.getId())).getUnallocated());

        long later = invoiceOf("30.00");
        asFinance.call(() -> payments.applyCredit(later));
        assertEquals(eur("5.00"), invoice(later).getBalance());
        assertTrue(asViewer.call(() -> payments.creditOf(clientId)).isEmpty());
    }

    @Test
    void creditIsFoundBehindMoreThanTwoHundredPaidOutPayments() throws Exception {
        long big = invoiceOf("2010.00");
        asFinance.call(() -> {
            for (int i = 0; i < 201; i++) {
                payments.record(clientId, eur("10.00"), PaymentMethod.CASH, "OLD-" + i, today, true);
            }
            return null;
        });
        assertEquals(InvoiceStatus.PAID, invoice(big).getStatus());
        asFinance.call(() -> payments.record(clientId, eur("25.00"), PaymentMethod.CASH, "NEW", today, true));
        assertEquals(Map.of("EUR", eur("25.00")), asViewer.call(() -> payments.creditOf(clientId)));

        long later = invoiceOf("30.00");
        asFinance.call(() -> payments.applyCredit(later));
        assertEquals(eur("5.00"), invoice(later).getBalance(), "the newest payment's credit, after 201 without any");
        assertTrue(asViewer.call(() -> payments.creditOf(clientId)).isEmpty());
    }

    @Test
    void aSplitByHandIsCheckedAgainstThePaymentAndEachBalance() throws Exception {
        long a = invoiceOf("60.00");
        long b = invoiceOf("40.00");
        long paymentId = asFinance.call(() -> payments.record(clientId, eur("80.00"), PaymentMethod.CHEQUE, "CHQ 7",
                today, false).getId());
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> payments.allocate(paymentId,
                Map.of(a, eur("60.00"), b, eur("30.00")))));
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> payments.allocate(paymentId,
                Map.of(b, eur("40.01")))));
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> payments.allocate(paymentId,
                Map.of(a, Money.of("10", "USD")))));
        assertEquals(InvoiceStatus.ISSUED, invoice(a).getStatus());

        asFinance.call(() -> payments.allocate(paymentId, Map.of(a, eur("50.00"), b, eur("30.00"))));
        assertEquals(eur("10.00"), invoice(a).getBalance());
        assertEquals(eur("10.00"), invoice(b).getBalance());
    }

    @Test
    void voidingAPaymentReopensItsInvoicesAndRefundsAreLimitedToWhatIsLeft() throws Exception {
        long id = invoiceOf("100.00");
        Payment payment = asFinance.call(() -> payments.record(clientId, eur("150.00"), PaymentMethod.CARD, "c-1",
                today, true));
        assertEquals(InvoiceStatus.PAID, invoice(id).getStatus());
        assertThrows(RuleViolationException.class, () -> asFinance.call(() -> invoices.voidInvoice(id)));

        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> payments.refund(payment.getId(),
                eur("150.01"), "too much")));
        assertThrows(RuleViolationException.class, () -> asFinance.call(() -> payments.refund(payment.getId(),
                eur("60.00"), "more than the credit")));
        Payment refund = asFinance.call(() -> payments.refund(payment.getId(), eur("50.00"), "overpaid"));
        assertEquals(eur("-50.00"), refund.getAmount());
        assertEquals(payment.getId(), refund.getRefundOf());
        // 150 paid, 100 allocated, 50 refunded: no credit left (a - b - c, not a - (b - c))
        assertTrue(asViewer.call(() -> payments.creditOf(clientId)).isEmpty());
        assertThrows(RuleViolationException.class, () -> asFinance.call(() -> payments.voidPayment(payment.getId())));

        Payment mistake = asFinance.call(() -> payments.record(clientId, eur("20.00"), PaymentMethod.CASH, null,
                today, false));
        long other = invoiceOf("20.00");
        asFinance.call(() -> payments.allocate(mistake.getId(), Map.of(other, eur("20.00"))));
        assertEquals(InvoiceStatus.PAID, invoice(other).getStatus());
        asFinance.call(() -> payments.voidPayment(mistake.getId()));
        assertEquals(InvoiceStatus.ISSUED, invoice(other).getStatus());
        assertEquals(eur("20.00"), invoice(other).getBalance());
        assertEquals(PaymentStatus.VOIDED, asViewer.call(() -> payments.find(mistake.getId())).getStatus());
        List<AuditAction> steps = asAdmin.call(() -> audit.historyOf("Payment", mistake.getId(),
                PageRequest.first(10))).items().stream().map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.CREATE), steps);
    }

    @Test
    void badPaymentsAreRefusedAndNothingIsStored() throws Exception {
        long before = asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(1))).total();
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> payments.record(clientId, eur("0"),
                PaymentMethod.CASH, null, today, true)));
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> payments.record(clientId,
                eur("10.00"), PaymentMethod.CASH, null, today.plusDays(2), true)));
        assertThrows(InvalidInputException.class, () -> Money.of("10.005", "EUR"));
        assertEquals(before, asViewer.call(() -> payments.ofClient(clientId, PageRequest.first(1))).total());
    }

    @Test
    void salesCannotRecordPaymentsAndTheInvoiceOwnerIsTold() throws Exception {
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> payments.record(clientId, eur("10.00"),
                PaymentMethod.CASH, null, today, true)));
        long id = invoiceOf("10.00");
        long unreadBefore = asSales.call(() -> notifications.unreadCount());
        asFinance.call(() -> payments.record(clientId, eur("10.00"), PaymentMethod.CASH, null, today, true));
        assertEquals(unreadBefore + 1, asSales.call(() -> notifications.unreadCount()));
        assertTrue(asSales.call(() -> notifications.mine(PageRequest.first(1))).items().get(0).getText()
                .contains("paid in full"));
        assertEquals(InvoiceStatus.PAID, invoice(id).getStatus());
    }

    @Test
    void concurrentPaymentsNeverOverpayAnInvoice() throws Exception {
        long id = invoiceOf("100.00");
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Payment>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(callers.submit(() -> asFinance.call(() -> payments.record(clientId, eur("30.00"),
                    PaymentMethod.CASH, null, today, true))));
        }
        for (Future<Payment> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }
        callers.shutdown();
        Invoice settled = invoice(id);
        assertEquals(InvoiceStatus.PAID, settled.getStatus());
        assertEquals(eur("100.00"), settled.getPaid());
        assertEquals(Map.of("EUR", eur("140.00")), asViewer.call(() -> payments.creditOf(clientId)));
    }
}
