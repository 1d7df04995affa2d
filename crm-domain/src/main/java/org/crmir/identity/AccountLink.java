package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A link mailed to a person so that they set their own password: an invitation or a password reset. It works
 * once, until it expires, and not after it is revoked (a newer link, a cancelled invitation). Only a hash of its
 * token is stored.
 */
@Entity
@Table(name = "account_links")
public class AccountLink extends UserSecret implements Serializable {

    /** What the link is for, and how long it lives. */
    public enum Purpose {
        INVITATION(Duration.ofHours(72)),
        RESET(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    /** Whether the link can still be used, and if not, why. */
    public enum State { USABLE, USED, EXPIRED, REVOKED }

    static final int MAIL_ERROR_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Purpose purpose;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** When CRMir gave up on the e-mail that carried the link, and why; null while it was sent or still may be. */
    @Column(name = "mail_failed_at")
    private Instant mailFailedAt;

    @Column(name = "mail_error", length = MAIL_ERROR_LENGTH)
    private String mailError;

    protected AccountLink() {
    }

    public AccountLink(UserAccount user, Purpose purpose, HashedSecret secret, String createdBy, Instant now) {
        super(user, secret, now);
        this.purpose = purpose;
        this.createdBy = createdBy;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (isRevoked()) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Neither used nor revoked (it may have expired): the user's current link, if they have one. */
    public boolean isOpen() {
        return usedAt == null && !isRevoked();
    }

    /** Spends the link; the caller has checked that it was usable. */
    public void use(Instant now) {
        this.usedAt = now;
    }

    /** Makes a link that was not used yet unusable (a newer link replaced it, or the invitation was cancelled). */
    public void revoke(Instant now) {
        if (usedAt == null && !isRevoked()) {
            markRevoked(now);
        }
    }

    /**
     * The e-mail carrying this link could not be sent (the mail server refused it, or gave up): the person never
     * got it, and whoever sent it must be told. The first failure is kept; the error is cut to fit its column.
     */
    public void mailFailed(String error, Instant now) {
        if (mailFailedAt == null) {
            String why = error == null || error.isBlank() ? "no reason given" : error.strip();
            this.mailFailedAt = now;
            this.mailError = why.length() > MAIL_ERROR_LENGTH ? why.substring(0, MAIL_ERROR_LENGTH - 1) + "…" : why;
        }
    }

    public boolean isMailFailed() {
        return mailFailedAt != null;
    }

    public Purpose getPurpose() { return purpose; }
    public String getCreatedBy() { return createdBy; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getMailFailedAt() { return mailFailedAt; }
    public String getMailError() { return mailError; }
}
