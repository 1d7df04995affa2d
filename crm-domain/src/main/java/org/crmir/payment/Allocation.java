package org.crmir.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A part of a payment applied to one invoice; reversed (not deleted) when the payment is voided or refunded. */
@Entity
@Table(name = "payment_allocations")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private Long paymentId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private boolean reversed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Allocation() {
    }

    public Allocation(long paymentId, long invoiceId, BigDecimal amount, Instant now) {
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.createdAt = now;
    }

    public void reverse() {
        this.reversed = true;
    }

    public Long getId() { return id; }
    public Long getPaymentId() { return paymentId; }
    public Long getInvoiceId() { return invoiceId; }
    public BigDecimal getAmount() { return amount; }
    public boolean isReversed() { return reversed; }
    public Instant getCreatedAt() { return createdAt; }
}
