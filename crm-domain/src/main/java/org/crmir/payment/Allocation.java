package org.crmir.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;

/** A part of a payment applied to one invoice; reversed (not deleted) when the payment is voided or refunded. */
@Entity
@Table(name = "payment_allocations")
public class Allocation implements Serializable {

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

    /**
     * Takes {@code part} of this allocation back from its invoice. An allocation's amount never changes: it is
     * reversed, and what stays on the invoice is returned as a new allocation (null when nothing stays).
     */
    public Allocation release(Money part, Instant now) {
        if (reversed) {
            throw new RuleViolationException("This allocation was already reversed");
        }
        Money whole = Money.of(amount, part.currency());
        if (part.isNegative() || part.isZero() || part.isGreaterThan(whole)) {
            throw new InvalidInputException("amount", "a release must be more than 0 and at most " + whole);
        }
        this.reversed = true;
        Money kept = whole.minus(part);
        return kept.isZero() ? null : new Allocation(paymentId, invoiceId, kept.amount(), now);
    }

    public Long getId() { return id; }
    public Long getPaymentId() { return paymentId; }
    public Long getInvoiceId() { return invoiceId; }
    public BigDecimal getAmount() { return amount; }
    public boolean isReversed() { return reversed; }
    public Instant getCreatedAt() { return createdAt; }
}
