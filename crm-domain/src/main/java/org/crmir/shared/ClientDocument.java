package org.crmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * What every document made for a client carries, quotes, invoices and contracts alike: the client, a currency that
 * is the client's at creation and never changes, who made it and when, and the version that refuses a lost update.
 */
@MappedSuperclass
public abstract class ClientDocument implements Serializable {

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClientDocument() {
    }

    protected ClientDocument(long clientId, String currency, String createdBy, Instant now) {
        Money.digitsOf(currency);
        this.clientId = clientId;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getClientId() { return clientId; }
    public String getCurrency() { return currency; }
    /** Decimals of the currency's minor unit: amounts are shown at this scale (stored with four). */
    public int getCurrencyDigits() { return Money.digitsOf(currency); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
