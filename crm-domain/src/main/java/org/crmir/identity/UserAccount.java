package org.crmir.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/** A person who signs in to CRMir. Never deleted: a user who leaves is deactivated, so the audit trail stays. */
@Entity
@Table(name = "users")
public class UserAccount implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Username is required")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores")
    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @NotBlank(message = "Name is required")
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Email(message = "must be a valid email address, such as name@example.com")
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    /** Null while an invited user has not chosen a password, and for users who sign in through SSO only. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** Why CRMir deactivated the account by itself (the company directory said so); null otherwise. */
    @Size(max = 300)
    @Column(name = "deactivated_reason", length = 300)
    private String deactivatedReason;

    /** The OpenID Connect provider's subject ({@code sub}) of a user who signs in through it; null otherwise. */
    @Size(max = 255)
    @Column(name = "sso_subject", length = 255, unique = true, updatable = false)
    private String ssoSubject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 1000)
    @Column(length = 1000)
    private String signature;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Set<Role> roles, String passwordHash,
            Instant now) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        setDisplayName(displayName);
        setEmail(email);
        assignRoles(roles);
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /** A user has at least one role; otherwise there is nothing they could do after signing in. */
    public void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", "choose at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** A user made at their first sign-in through the OpenID Connect provider: no password, linked by subject. */
    public static UserAccount fromSso(String subject, String username, String displayName, String email,
            Set<Role> roles, Instant now) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("sub", "the provider sent no subject");
        }
        UserAccount user = new UserAccount(username, displayName, email, roles, null, now);
        user.ssoSubject = subject;
        return user;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        if (!active) {
            throw new RuleViolationException("User " + username + " is already inactive");
        }
        this.active = false;
    }

    /** Deactivated because of something outside CRMir, said in words the Users page shows. */
    public void deactivateBecause(String reason) {
        deactivate();
        this.deactivatedReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    public void activate() {
        if (active) {
            throw new RuleViolationException("User " + username + " is already active");
        }
        this.active = true;
        this.deactivatedReason = null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("roles", String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList())));
        fields.put("active", Boolean.toString(active));
        return fields;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = Text.clean(displayName); }
    public String getEmail() { return email; }
    public void setEmail(String email) {
        String cleaned = Text.clean(email);
        this.email = cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
    public String getPasswordHash() { return passwordHash; }
    public boolean hasPassword() { return passwordHash != null; }
    public String getSsoSubject() { return ssoSubject; }
    /** Closes the user's outgoing emails. */
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = Text.clean(signature); }
    public boolean isActive() { return active; }
    public String getDeactivatedReason() { return deactivatedReason; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
