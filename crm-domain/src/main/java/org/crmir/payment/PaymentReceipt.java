package org.crmir.payment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * A payment's receipt: asked for in the payment's transaction (PREPARING), prepared once after it commits (READY,
 * with its PDF), or FAILED when every attempt failed. Keyed by the payment's id, so a payment has at most one.
 */
@Entity
@Table(name = "payment_receipts")
public class PaymentReceipt implements Serializable {

    @Id
    @Column(name = "payment_id")
    private Long paymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReceiptStatus status;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "replayed_at", updatable = false)
    private Instant replayedAt;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(length = 500)
    private String failure;

    @Version
    private long version;

    protected PaymentReceipt() {
    }

    /**
     * The receipt of a payment just recorded at {@code now}; {@code replayed} when that moment is history being
     * written down (the receipt is then dated and sent as of it), else false.
     */
    public static PaymentReceipt requested(long paymentId, Instant now, boolean replayed) {
        PaymentReceipt receipt = new PaymentReceipt();
        receipt.paymentId = paymentId;
        receipt.status = ReceiptStatus.PREPARING;
        receipt.requestedAt = now;
        receipt.replayedAt = replayed ? now : null;
        return receipt;
    }

    /** The receipt number of a payment: {@code RCPT-} and its id, so no counter and no gap. */
    public static String numberOf(long paymentId) {
        return String.format(Locale.ROOT, "RCPT-%06d", paymentId);
    }

    /** True once prepared: a second preparation (a redelivered message) must change nothing. */
    public boolean isPrepared() {
        return status == ReceiptStatus.READY;
    }

    /** The PDF is made: the receipt is ready. */
    public void prepared(byte[] content, Instant at) {
        if (isPrepared()) {
            throw new IllegalStateException("Receipt " + numberOf(paymentId) + " is prepared already");
        }
        pdf = content;
        preparedAt = at;
        status = ReceiptStatus.READY;
        failure = null;
    }

    /** Every attempt failed: the receipt stays FAILED with {@code why} until it is asked for again. */
    public boolean failed(String why) {
        if (isPrepared()) {
            return false;
        }
        status = ReceiptStatus.FAILED;
        failure = why == null || why.length() <= 500 ? why : why.substring(0, 499) + "…";
        return true;
    }

    /** A FAILED receipt is to be prepared again. */
    public void retry() {
        if (status != ReceiptStatus.FAILED) {
            throw new IllegalStateException("Only a failed receipt is prepared again; this one is " + status);
        }
        status = ReceiptStatus.PREPARING;
        failure = null;
    }

    public Long getPaymentId() { return paymentId; }
    public String getNumber() { return numberOf(paymentId); }
    public ReceiptStatus getStatus() { return status; }
    public byte[] getPdf() { return pdf; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getReplayedAt() { return replayedAt; }
    public Instant getPreparedAt() { return preparedAt; }
    public String getFailure() { return failure; }
}
