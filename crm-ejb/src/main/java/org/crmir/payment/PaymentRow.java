package org.crmir.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.crmir.shared.Money;

/**
 * One payment or refund as the payments list shows it, read with its client's name and its receipt's state in one
 * query (no receipt row: a refund, or a payment recorded before receipts were stored).
 */
public record PaymentRow(Long id, LocalDate receivedOn, Long clientId, String clientName, PaymentMethod method,
        PaymentKind kind, PaymentStatus status, String reference, String currency, BigDecimal amount,
        BigDecimal allocated, BigDecimal refunded, Long refundOf, ReceiptStatus receipt) implements Serializable {

    /** Amounts come back with the column's four decimals; shown at the currency's own scale. */
    public PaymentRow {
        amount = scaled(amount, currency);
        allocated = scaled(allocated, currency);
        refunded = scaled(refunded, currency);
    }

    private static BigDecimal scaled(BigDecimal value, String currency) {
        return value == null ? null : value.setScale(Money.digitsOf(currency), RoundingMode.HALF_UP);
    }

    /** What is neither applied to invoices nor refunded: the client's credit from it (none for refunds). */
    public BigDecimal unallocated() {
        if (kind == PaymentKind.REFUND || status == PaymentStatus.VOIDED) {
            return BigDecimal.ZERO.setScale(amount.scale());
        }
        return amount.subtract(allocated).subtract(refunded);
    }

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public Long getId() { return id; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public PaymentMethod getMethod() { return method; }
    public PaymentKind getKind() { return kind; }
    public PaymentStatus getStatus() { return status; }
    public String getReference() { return reference; }
    public String getCurrency() { return currency; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getAllocated() { return allocated; }
    /** True while the receipt is being prepared (the list says so instead of linking it). */
    public boolean isReceiptPreparing() { return receipt == ReceiptStatus.PREPARING; }
    public boolean isReceiptFailed() { return receipt == ReceiptStatus.FAILED; }
}
