package org.crmir.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crmir.shared.Text;

/** A person at a client whom CRMir's users talk to. One contact per client may be the primary one. */
@Entity
@Table(name = "contacts")
public class Contact implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @NotBlank(message = "Name is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 120)
    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @Email(message = "must be a valid email address, such as name@example.com")
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = ContactDetails.PHONE_PATTERN, message = ContactDetails.PHONE_MESSAGE)
    @Column(length = 40)
    private String phone;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    public Contact() {
    }

    public Contact(String name, String jobTitle, String email, String phone) {
        setName(name);
        setJobTitle(jobTitle);
        setEmail(email);
        setPhone(phone);
    }

    /** Attaches a new contact to its client. */
    public void belongTo(Client owner, Instant now) {
        this.client = owner;
        this.createdAt = now;
    }

    public void updateFrom(Contact source) {
        setName(source.name);
        setJobTitle(source.jobTitle);
        setEmail(source.email);
        setPhone(source.phone);
    }

    public void makePrimary() {
        this.primary = true;
    }

    public void makeSecondary() {
        this.primary = false;
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("jobTitle", jobTitle);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("primary", Boolean.toString(primary));
        return fields;
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public String getName() { return name; }
    public void setName(String name) { this.name = Text.clean(name); }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = Text.clean(jobTitle); }
    public String getEmail() { return email; }
    public void setEmail(String email) {
        String cleaned = Text.clean(email);
        this.email = cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Text.clean(phone); }
    public boolean isPrimary() { return primary; }
    public void setPrimary(boolean primary) { this.primary = primary; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
