package org.crmir.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One try at a delivery, as the log shows it: when, how long, the answer's status and its first words. */
@Entity
@Table(name = "webhook_attempts")
public class WebhookAttempt implements Serializable {

    public static final int EXCERPT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    /** The start of the answer's body, or why there was no answer. */
    @Column(length = EXCERPT_LENGTH, updatable = false)
    private String excerpt;

    @Column(name = "by_hand", nullable = false, updatable = false)
    private boolean byHand;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(long deliveryId, int number, Instant attemptedAt, long durationMs, Integer httpStatus,
            String excerpt, boolean byHand) {
        this.deliveryId = deliveryId;
        this.number = number;
        this.attemptedAt = attemptedAt;
        this.durationMs = durationMs;
        this.httpStatus = httpStatus;
        this.excerpt = excerpt == null || excerpt.length() <= EXCERPT_LENGTH ? excerpt
                : excerpt.substring(0, EXCERPT_LENGTH - 1) + "…";
        this.byHand = byHand;
    }

    public boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    public Long getId() { return id; }
    public long getDeliveryId() { return deliveryId; }
    public int getNumber() { return number; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public long getDurationMs() { return durationMs; }
    public Integer getHttpStatus() { return httpStatus; }
    public String getExcerpt() { return excerpt; }
    public boolean isByHand() { return byHand; }
}
