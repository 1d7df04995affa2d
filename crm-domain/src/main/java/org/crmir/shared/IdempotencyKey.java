package org.crmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A key a client sent with a create it may retry. The unique constraint on (actor, operation, key) makes a
 * concurrent duplicate wait for the first and then fail, so one request creates and every other replays it.
 */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyKey implements Serializable {

    public static final int MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String operation;

    @Column(name = "idem_key", nullable = false, length = MAX_LENGTH, updatable = false)
    private String key;

    @Column(name = "resource_id")
    private Long resourceId;

    /** The SHA-256 of the request body that used the key first; null where the request had none. */
    @Column(name = "request_hash", length = 64, updatable = false)
    private String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    public IdempotencyKey(String actor, String operation, String key, String requestHash, Instant now) {
        if (key == null || key.isBlank() || key.length() > MAX_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to " + MAX_LENGTH + " characters");
        }
        this.actor = actor;
        this.operation = operation;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = now;
    }

    /** Records what the first request made, for the replays. */
    public void madeResource(long id) {
        this.resourceId = id;
    }

    /**
     * Refuses a reuse of this key for a different request (the IETF idempotency-key draft answers 422): replaying
     * the first result would tell the client its second, different request was done.
     */
    public void checkSameRequest(String otherHash) {
        if (requestHash != null && otherHash != null && !requestHash.equals(otherHash)) {
            throw new InvalidInputException("Idempotency-Key", "was already used for a different request; send a"
                    + " new key for a new request, or the same body to repeat the first one");
        }
    }

    public Long getResourceId() { return resourceId; }
    public String getKey() { return key; }
}
