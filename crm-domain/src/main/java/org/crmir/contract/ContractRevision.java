package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.ClientDocument;

/**
 * Which contract this row is and which revision of it: its number (given at activation, kept by every later
 * revision) and the revision it replaces; client, currency and author as every {@link ClientDocument}. A mapped
 * superclass so that queries keep naming these columns as the contract's own ({@code c.number}, {@code c.revision}).
 */
@MappedSuperclass
public abstract class ContractRevision extends ClientDocument implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 30)
    private String number;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    protected ContractRevision() {
    }

    protected ContractRevision(long clientId, String currency, String createdBy, Instant now) {
        super(clientId, currency, createdBy, now);
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
}
