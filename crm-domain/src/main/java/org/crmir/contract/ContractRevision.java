package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.crmir.shared.Money;

/**
 * Which contract this row is and which revision of it: its number (given at activation, kept by every later
 * revision), the revision it replaces, the client and currency it is bound to, and who made it. A mapped superclass
 * so that queries keep naming these columns as the contract's own ({@code c.number}, {@code c.revision}).
 */
@MappedSuperclass
public abstract class ContractRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 30)
    private String number;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

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

    protected ContractRevision() {
    }

    protected ContractRevision(long clientId, String currency, String createdBy, Instant now) {
        Money.digitsOf(currency);
        this.clientId = clientId;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The first activation numbers the contract; its later revisions keep that number. */
    void numberIfNew(String assignedNumber) {
        if (number == null) {
            this.number = assignedNumber;
        }
    }

    /** This row is the revision after {@code previous}: same number, next revision. */
    void follows(ContractRevision previous) {
        this.number = previous.number;
        this.revision = previous.revision + 1;
        this.previousId = previous.id;
    }

    /** "CT-2026-0007 rev. 2", or "draft". */
    public String label() {
        if (number == null) {
            return "draft" + (id == null ? "" : " " + id);
        }
        return revision == 1 ? number : number + " rev. " + revision;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public int getRevision() { return revision; }
    public String getLabel() { return label(); }
    public Long getPreviousId() { return previousId; }
    public Long getClientId() { return clientId; }
    public String getCurrency() { return currency; }
    public int getCurrencyDigits() { return Money.digitsOf(currency); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
