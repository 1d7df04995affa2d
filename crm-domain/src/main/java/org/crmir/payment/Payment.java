package org.crmir.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Limits;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * Money received from a client. Allocated parts settle invoices; what is neither allocated nor refunded is the
 * client's credit. A refund is a payment of kind REFUND with a negative amount, linked to the original.
 */
@Entity
@Table(name = "payments")
public class Payment implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private PaymentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentStatus status = PaymentStatus.RECORDED;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private PaymentMethod method;

    @Column(length = 100, updatable = false)
    private String reference;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "allocated_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal allocatedTotal = BigDecimal.ZERO;

    @Column(name = "refunded_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal refundedTotal = BigDecimal.ZERO;

    /**
     * amount - (allocated + refunded), computed by the database (V77) for the queries that look for credit through
     * its indexes; never written here, and not current in memory after a change: read {@link #getUnallocated()}.
     */
    @Column(name = "open_credit", insertable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal openCredit;

    @Column(name = "refund_of", updatable = false)
    private Long refundOf;

    @Column(length = 500)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Payment() {
    }

    /** Money received: more than zero, at most the currency's decimals, not in the future. */
    public static Payment received(long clientId, Money amount, PaymentMethod method, String reference,
            LocalDate receivedOn, LocalDate today, String createdBy, Instant now) {
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        if (method == null) {
            throw new InvalidInputException("method", "choose how the money arrived");
        }
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new InvalidInputException("receivedOn", "must be a date up to today");
        }
        if (reference != null && reference.strip().length() > 100) {
            throw new InvalidInputException("reference", "has at most 100 characters");
        }
        Payment payment = new Payment();
        payment.clientId = clientId;
        payment.kind = PaymentKind.PAYMENT;
        payment.amount = amount.amount();
        payment.currency = amount.currency();
        payment.method = method;
        payment.reference = Text.clean(reference);
        payment.receivedOn = receivedOn;
        payment.createdBy = createdBy;
        payment.createdAt = now;
        return payment;
    }

    /** Gives back part of this payment; returns the refund, a negative payment linked to this one. */
    public Payment refund(Money refund, String reason, LocalDate today, String createdBy, Instant now) {
        checkRecorded();
        if (kind != PaymentKind.PAYMENT) {
            throw new RuleViolationException("A refund cannot itself be refunded");
        }
        if (refund.isNegative() || refund.isZero()) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        Money refundable = getAmount().minus(getRefunded());
        if (refund.isGreaterThan(refundable)) {
            throw new InvalidInputException("amount", "is more than the " + refundable + " that can still be refunded");
        }
        if (refund.isGreaterThan(getUnallocated())) {
            throw new RuleViolationException("Only " + getUnallocated() + " of this payment is unallocated;"
                    + " release allocations before refunding more");
        }
        this.refundedTotal = getRefunded().plus(refund).amount();
        Payment back = new Payment();
        back.clientId = clientId;
        back.kind = PaymentKind.REFUND;
        back.amount = refund.negate().amount();
        back.currency = currency;
        back.method = method;
        back.reference = reference;
        back.receivedOn = today;
        back.refundOf = id;
        back.note = Limits.text("reason", Text.clean(reason), 500);
        back.createdBy = createdBy;
        back.createdAt = now;
        return back;
    }

    /**
     * What of a refund reported by a gateway is not yet recorded here. Gateways report the total refunded on a
     * charge so far ({@code refundedAtGateway}), not the increment, so the difference to what this payment already
     * counts as refunded is what to record: a repeated, reordered or partial refund event never counts twice.
     */
    public Money refundStillToRecord(Money refundedAtGateway) {
        if (kind != PaymentKind.PAYMENT) {
            throw new RuleViolationException("A refund cannot itself be refunded");
        }
        if (!refundedAtGateway.currency().equals(currency)) {
            throw new InvalidInputException("currency", "the payment is in " + currency + ", the refund in "
                    + refundedAtGateway.currency());
        }
        if (refundedAtGateway.isGreaterThan(getAmount())) {
            throw new InvalidInputException("amount", refundedAtGateway + " refunded is more than the payment of "
                    + getAmount());
        }
        Money missing = refundedAtGateway.minus(getRefunded());
        return missing.isNegative() ? Money.zero(currency) : missing;
    }

    /**
     * How much must go back from invoices before {@code refund} can be paid out: what the payment's unallocated
     * money does not cover. Zero when the client's credit on this payment is enough.
     */
    public Money toReleaseBeforeRefunding(Money refund) {
        Money shortfall = refund.minus(getUnallocated());
        return shortfall.isNegative() ? Money.zero(currency) : shortfall;
    }

    /** Takes {@code part} of the unallocated money for an invoice. */
    public void allocate(Money part) {
        checkRecorded();
        if (part.isNegative() || part.isZero()) {
            throw new InvalidInputException("amount", "an allocation must be more than 0");
        }
        if (part.isGreaterThan(getUnallocated())) {
            throw new InvalidInputException("amount", "is more than the " + getUnallocated() + " left on the payment");
        }
        this.allocatedTotal = getAllocated().plus(part).amount();
    }

    /** Gives an allocation back to the payment (when a payment is voided, or to refund more). */
    public void release(Money part) {
        this.allocatedTotal = getAllocated().minus(part).amount();
    }

    /** A payment entered by mistake: it stops counting. Its allocations must be released first. */
    public void voidPayment() {
        checkRecorded();
        if (!getRefunded().isZero()) {
            throw new RuleViolationException("This payment has refunds and cannot be voided");
        }
        if (!getAllocated().isZero()) {
            throw new RuleViolationException("Release the payment's allocations before voiding it");
        }
        this.status = PaymentStatus.VOIDED;
    }

    private void checkRecorded() {
        if (status != PaymentStatus.RECORDED) {
            throw new RuleViolationException("This payment is voided");
        }
    }

    public Money getAmount() { return Money.of(amount, currency); }
    public Money getAllocated() { return Money.of(allocatedTotal, currency); }
    public Money getRefunded() { return Money.of(refundedTotal, currency); }

    /** The client's credit from this payment: neither allocated nor refunded. */
    public Money getUnallocated() {
        if (kind == PaymentKind.REFUND || status == PaymentStatus.VOIDED) {
            return Money.zero(currency);
        }
        return getAmount().minus(getAllocated()).minus(getRefunded());
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind.name());
        fields.put("status", status.name());
        fields.put("amount", getAmount().toString());
        fields.put("method", method.name());
        fields.put("reference", reference);
        fields.put("receivedOn", String.valueOf(receivedOn));
        fields.put("allocated", getAllocated().toString());
        fields.put("refunded", getRefunded().toString());
        return fields;
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public PaymentKind getKind() { return kind; }
    public PaymentStatus getStatus() { return status; }
    public String getCurrency() { return currency; }
    public PaymentMethod getMethod() { return method; }
    public String getReference() { return reference; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Long getRefundOf() { return refundOf; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
