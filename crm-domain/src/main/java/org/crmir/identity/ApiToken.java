package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * A personal token that lets a program call the REST API as its user. Only a hash is stored: the token itself is
 * shown once, when it is made. The prefix lets the user tell tokens apart.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @NotBlank(message = "Name is required")
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_prefix", nullable = false, length = 16, updatable = false)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount user, String name, String tokenPrefix, String tokenHash, Instant now) {
        this.user = user;
        this.name = Text.clean(name);
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new RuleViolationException("Token " + name + " is already revoked");
        }
        this.revokedAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void usedAt(Instant now) {
        this.lastUsedAt = now;
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public String getName() { return name; }
    public String getTokenPrefix() { return tokenPrefix; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
