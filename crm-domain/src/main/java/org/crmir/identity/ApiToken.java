package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * A personal token that lets a program call the REST API as its user. Only a hash is stored: the token itself is
 * shown once, when it is made. The prefix lets the user tell tokens apart.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken extends UserSecret implements Serializable {

    @NotBlank(message = "Name is required")
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_prefix", nullable = false, length = 16, updatable = false)
    private String tokenPrefix;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount user, String name, String tokenPrefix, HashedSecret secret, Instant now) {
        super(user, secret, now);
        this.name = Text.clean(name);
        this.tokenPrefix = tokenPrefix;
    }

    public void revoke(Instant now) {
        if (isRevoked()) {
            throw new RuleViolationException("Token " + name + " is already revoked");
        }
        markRevoked(now);
    }

    public boolean isActive() {
        return !isRevoked();
    }

    public void usedAt(Instant now) {
        this.lastUsedAt = now;
    }

    public String getName() { return name; }
    public String getTokenPrefix() { return tokenPrefix; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
