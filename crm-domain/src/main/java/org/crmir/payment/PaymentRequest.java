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
import org.crmir.shared.Money;

/**
 * A request made to a gateway to collect an invoice's money (a Stripe Checkout Session, an M-Pesa STK Push). The
 * idempotency key is sent with the request, so a retry is the same request at the gateway; the gateway's id
 * ({@link #getExternalId()}) is how its webhook or callback is matched back to the invoice.
 */
@Entity
@Table(name = "payment_requests")
public class PaymentRequest implements Serializable {

    /** How long a request is offered again instead of a new one. */
    public static final java.time.Duration REUSABLE_FOR = java.time.Duration.ofHours(23);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "idempotency_key", nullable = false, length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @Column(name = "redirect_url", length = 1000)
    private String redirectUrl;

    @Column(name = "payer_phone", length = 20)
    private String payerPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentRequestStatus status = PaymentRequestStatus.CREATED;

    @Column(length = 500)
    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PaymentRequest() {
    }

    public PaymentRequest(String gateway, long invoiceId, Money amount, String idempotencyKey, String payerPhone,
            Instant now) {
        this.gateway = gateway;
        this.invoiceId = invoiceId;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.idempotencyKey = idempotencyKey;
        this.payerPhone = payerPhone;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The gateway took the request: its id, and where the payer goes next (Stripe's hosted page), if anywhere. */
    public void accepted(String gatewayId, String redirectTo, Instant now) {
        this.externalId = gatewayId;
        this.redirectUrl = redirectTo;
        this.status = PaymentRequestStatus.PENDING;
        this.updatedAt = now;
    }

    public void succeeded(Instant now) {
        this.status = PaymentRequestStatus.SUCCEEDED;
        this.failure = null;
        this.updatedAt = now;
    }

    public void failed(String why, Instant now) {
        this.status = PaymentRequestStatus.FAILED;
        this.failure = why == null ? null : why.substring(0, Math.min(why.length(), 500));
        this.updatedAt = now;
    }

    /**
     * A second click on "pay" reuses this request instead of starting another one when it is still open at the
     * gateway (created or pending), for the same amount, and young enough that the gateway's page has not expired
     * (Stripe's Checkout Sessions expire after 24 hours).
     */
    public boolean isReusableFor(Money due, Instant now) {
        return (status == PaymentRequestStatus.CREATED || status == PaymentRequestStatus.PENDING)
                && getMoney().equals(due) && createdAt.isAfter(now.minus(REUSABLE_FOR));
    }

    /** Succeeded requests stay so: a late failure report is about an earlier attempt of the same payer. */
    public boolean isSucceeded() {
        return status == PaymentRequestStatus.SUCCEEDED;
    }

    public java.util.Map<String, String> auditSnapshot() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("gateway", gateway);
        fields.put("invoiceId", String.valueOf(invoiceId));
        fields.put("amount", getMoney().toString());
        fields.put("status", status.name());
        fields.put("externalId", externalId);
        fields.put("failure", failure);
        return fields;
    }

    public Money getMoney() { return Money.of(amount, currency); }
    public Long getId() { return id; }
    public String getGateway() { return gateway; }
    public long getInvoiceId() { return invoiceId; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getExternalId() { return externalId; }
    public String getRedirectUrl() { return redirectUrl; }
    public String getPayerPhone() { return payerPhone; }
    public PaymentRequestStatus getStatus() { return status; }
    public String getFailure() { return failure; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
