package org.crmir.payment.web;

import static org.crmir.shared.web.UserActions.attempt;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crmir.payment.Allocation;
import org.crmir.payment.Payment;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.primefaces.PrimeFaces;

/**
 * Payments where finance works: on an invoice page (record a payment for it, apply the client's credit) and on a
 * client page (record a payment spread over open invoices, see payments and credit, refund and void).
 */
@Named
@ViewScoped
public class PaymentDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentService payments;
    @Inject
    private ReceiptView receipts;

    private BigDecimal amount;
    private String currency;
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
    private String reference;
    private LocalDate receivedOn = LocalDate.now(ZoneOffset.UTC);
    private BigDecimal refundAmount;
    private String refundReason;
    private Long refundOf;
    private PagedModel<Payment> clientPayments;
    private Long clientId;

    public void recordForInvoice(long invoiceId, String invoiceCurrency) {
        attempt(() -> {
            Payment payment = payments.recordForInvoice(invoiceId, money(invoiceCurrency), method, reference,
                    receivedOn);
            Messages.info("Payment of " + payment.getAmount() + " recorded"
                    + (payment.getUnallocated().isZero() ? "." : "; " + payment.getUnallocated()
                    + " stays as client credit."));
            PrimeFaces.current().executeScript("PF('paymentDialog').hide()");
            amount = null;
            reference = null;
        });
    }

    public void recordForClient(long forClient, String clientCurrency) {
        attempt(() -> {
            Payment payment = payments.record(forClient, money(currency == null ? clientCurrency : currency), method,
                    reference, receivedOn, true);
            Messages.info("Payment of " + payment.getAmount() + " recorded and allocated oldest due first"
                    + (payment.getUnallocated().isZero() ? "." : "; " + payment.getUnallocated() + " is credit."));
            PrimeFaces.current().executeScript("PF('paymentDialog').hide()");
            amount = null;
            reference = null;
        });
    }

    public void startRefund(Payment payment) {
        refundOf = payment.getId();
        refundAmount = payment.getUnallocated().amount();
        refundReason = null;
        currency = payment.getCurrency();
    }

    public void refund() {
        attempt(() -> {
            Payment refund = payments.refund(refundOf, Money.of(refundAmount == null ? BigDecimal.ZERO : refundAmount,
                    currency), refundReason);
            Messages.info("Refund of " + refund.getAmount().negate() + " recorded.");
            PrimeFaces.current().executeScript("PF('refundDialog').hide()");
        });
    }

    public void voidPayment(Payment payment) {
        attempt(() -> {
            payments.voidPayment(payment.getId());
            Messages.info("Payment voided; the invoices it paid are open again.");
        });
    }

    public PagedModel<Payment> paymentsOf(long forClient) {
        if (clientPayments == null || !Long.valueOf(forClient).equals(clientId)) {
            clientId = forClient;
            clientPayments = PagedModel.ofPages(page -> {
                Page<Payment> shown = payments.ofClient(forClient, page);
                receipts.expect(shown.items().stream().map(Payment::getId).toList());
                return shown;
            }, Payment::getId);
        }
        return clientPayments;
    }

    public List<Map.Entry<String, Money>> creditOf(long forClient) {
        return List.copyOf(payments.creditOf(forClient).entrySet());
    }

    public List<Allocation> allocationsTo(long invoiceId) {
        List<Allocation> allocations = payments.allocationsToInvoice(invoiceId);
        receipts.expect(allocations.stream().map(Allocation::getPaymentId).toList());
        return allocations;
    }

    private Money money(String inCurrency) {
        if (amount == null) {
            throw new InvalidInputException("amount", "is required");
        }
        return Money.of(amount, inCurrency);
    }


    public PaymentMethod[] getMethods() { return PaymentMethod.values(); }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public BigDecimal getRefundAmount() { return refundAmount; }
    public void setRefundAmount(BigDecimal refundAmount) { this.refundAmount = refundAmount; }
    public String getRefundReason() { return refundReason; }
    public void setRefundReason(String refundReason) { this.refundReason = refundReason; }
}
