package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;

/**
 * A secret CRMir handed to one user, kept as its hash ({@link HashedSecret}): a personal API token
 * ({@link ApiToken}) or a link to set a password ({@link AccountLink}). Found by the secret its holder presents,
 * refused once revoked. Each kind has its own table with these columns.
 */
@MappedSuperclass
public abstract class UserSecret implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Embedded
    private HashedSecret secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected UserSecret() {
    }

    protected UserSecret(UserAccount user, HashedSecret secret, Instant now) {
        this.user = user;
        this.secret = secret;
        this.createdAt = now;
    }

    /** Stops the secret from working; each kind says first whether it may be revoked now. */
    protected void markRevoked(Instant now) {
        this.revokedAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
