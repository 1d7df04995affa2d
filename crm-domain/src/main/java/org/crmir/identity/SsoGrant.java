package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A single sign-on user's offline refresh token at the provider, sealed: what lets CRMir ask the company directory
 * whether the person is still there without waiting for them to sign in. One per user, the latest sign-in's.
 */
@Entity
@Table(name = "sso_grants")
public class SsoGrant implements Serializable {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "sealed_token", nullable = false, length = 8192)
    private String sealedToken;

    @Column(name = "kept_at", nullable = false)
    private Instant keptAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    protected SsoGrant() {
    }

    public SsoGrant(long userId, String sealedToken, Instant now) {
        this.userId = userId;
        replace(sealedToken, now);
    }

    /** A newer token: from a later sign-in, or the provider's rotated one after a check. */
    public void replace(String sealedToken, Instant now) {
        this.sealedToken = sealedToken;
        this.keptAt = now;
    }

    public void checked(Instant now) {
        this.checkedAt = now;
    }

    public Long getUserId() { return userId; }
    public String getSealedToken() { return sealedToken; }
    public Instant getKeptAt() { return keptAt; }
    public Instant getCheckedAt() { return checkedAt; }
}
