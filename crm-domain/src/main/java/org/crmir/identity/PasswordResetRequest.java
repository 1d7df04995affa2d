package org.crmir.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One "forgot password" request, counted so that the form cannot flood a mailbox: by a hash of the address typed
 * in (the address itself is not kept) and by the network address it came from.
 */
@Entity
@Table(name = "password_reset_requests")
public class PasswordResetRequest implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email_hash", nullable = false, length = 64, updatable = false)
    private String emailHash;

    @Column(name = "client_address", nullable = false, length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(String emailHash, String clientAddress, Instant now) {
        this.emailHash = emailHash;
        this.clientAddress = clientAddress;
        this.requestedAt = now;
    }

    public Long getId() { return id; }
    public String getEmailHash() { return emailHash; }
    public String getClientAddress() { return clientAddress; }
    public Instant getRequestedAt() { return requestedAt; }
}
