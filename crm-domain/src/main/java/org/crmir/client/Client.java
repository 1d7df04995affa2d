package org.crmir.client;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmir.identity.UserAccount;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * A company or person CRMir does business with. Its currency and payment terms are the defaults of every quote
 * and invoice made for it.
 */
@Entity
@Table(name = "clients")
public class Client implements Serializable {

    public static final int MAX_TAGS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClientKind kind = ClientKind.COMPANY;

    @NotBlank(message = "Name is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Email(message = "must be a valid email address, such as name@example.com")
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = ContactDetails.PHONE_PATTERN, message = ContactDetails.PHONE_MESSAGE)
    @Column(length = 40)
    private String phone;

    @Size(max = 40)
    @Column(name = "tax_id", length = 40)
    private String taxId;

    @Valid
    @Embedded
    private Address billingAddress = new Address();

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO currency code, such as EUR or USD")
    @Column(nullable = false, length = 3)
    private String currency = "EUR";

    @Min(value = 0, message = "must be 0 days or more")
    @Max(value = 365, message = "must be at most 365 days")
    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays = 30;

    @Size(max = 60)
    @Column(length = 60)
    private String segment;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "client_tags", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new TreeSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ClientStatus status = ClientStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    public Client() {
    }

    public Client(ClientKind kind, String name) {
        this.kind = kind;
        setName(name);
    }

    /** Marks a new client as created now. */
    public void registered(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the editable fields of {@code source}; identity, status and history stay. */
    public void updateFrom(Client source, Instant now) {
        setKind(source.kind);
        setName(source.name);
        setEmail(source.email);
        setPhone(source.phone);
        setTaxId(source.taxId);
        Address from = source.billingAddress == null ? new Address() : source.billingAddress;
        this.billingAddress = new Address(from.getStreet(), from.getCity(), from.getPostalCode(), from.getRegion(),
                from.getCountry());
        setCurrency(source.currency);
        setPaymentTermsDays(source.paymentTermsDays);
        setSegment(source.segment);
        setTags(source.tags);
        this.updatedAt = now;
    }

    /** Takes the client out of the everyday lists; its history stays. */
    public void archive(Instant now) {
        moveTo(ClientStatus.ARCHIVED);
        this.updatedAt = now;
    }

    /** Brings an archived client back. */
    public void reactivate(Instant now) {
        moveTo(ClientStatus.ACTIVE);
        this.updatedAt = now;
    }

    private void moveTo(ClientStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("Client " + name + " is " + status.name().toLowerCase(Locale.ROOT)
                    + " and cannot become " + target.name().toLowerCase(Locale.ROOT));
        }
        this.status = target;
    }

    public boolean isActive() {
        return status == ClientStatus.ACTIVE;
    }

    /** The audited fields and their values, in a stable order, for the audit trail. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind == null ? null : kind.name());
        fields.put("name", name);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("taxId", taxId);
        fields.put("billingAddress", billingAddress == null ? null : billingAddress.toString());
        fields.put("currency", currency);
        fields.put("paymentTermsDays", Integer.toString(paymentTermsDays));
        fields.put("segment", segment);
        fields.put("tags", tags == null ? "" : String.join(", ", new TreeSet<>(tags)));
        fields.put("owner", owner == null ? null : owner.getUsername());
        fields.put("status", status.name());
        return fields;
    }

    public Long getId() { return id; }
    public ClientKind getKind() { return kind; }
    public void setKind(ClientKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = Text.clean(name); }
    public String getEmail() { return email; }
    public void setEmail(String email) {
        String cleaned = Text.clean(email);
        this.email = cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Text.clean(phone); }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = Text.clean(taxId); }
    /**
     * Never null. EclipseLink loads an all-null embeddable as null; filling the field in here made a managed client
     * changed by being read (a PDF's letterhead, a receipt): an UPDATE that moved its version, and an open edit of
     * the client then met a conflict nobody caused. So a missing address is answered with an empty one, not kept.
     */
    public Address getBillingAddress() { return billingAddress == null ? new Address() : billingAddress; }

    /** A detached copy that a form edits in place gets an address of its own to fill where none is stored. */
    public void openAddressForEditing() {
        if (billingAddress == null) {
            billingAddress = new Address();
        }
    }
    public void setBillingAddress(Address billingAddress) { this.billingAddress = billingAddress; }
    public String getCurrency() { return currency; }

    /** Accepts only currencies the JDK knows, so that amounts can always be rounded to its minor unit. */
    public void setCurrency(String currency) {
        String code = Text.clean(currency);
        if (code == null) {
            this.currency = null;
            return;
        }
        code = code.toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("currency", code + " is not an ISO 4217 currency code");
        }
        this.currency = code;
    }
    public int getPaymentTermsDays() { return paymentTermsDays; }
    public void setPaymentTermsDays(int paymentTermsDays) { this.paymentTermsDays = paymentTermsDays; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = Text.clean(segment); }
    public Set<String> getTags() { return tags; }

    /** Tags are trimmed, lower-cased and de-duplicated; at most {@value #MAX_TAGS}, each at most 40 characters. */
    public void setTags(Set<String> newTags) {
        Set<String> cleaned = new TreeSet<>();
        if (newTags != null) {
            for (String tag : newTags) {
                String t = Text.clean(tag);
                if (t == null) {
                    continue;
                }
                if (t.length() > 40) {
                    throw new InvalidInputException("tags", "a tag has at most 40 characters: " + t);
                }
                cleaned.add(t.toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "a client has at most " + MAX_TAGS + " tags");
        }
        if (this.tags == null) {
            this.tags = new TreeSet<>();
        }
        this.tags.retainAll(cleaned);
        this.tags.addAll(cleaned);
    }
    public UserAccount getOwner() { return owner; }
    public void setOwner(UserAccount owner) { this.owner = owner; }
    public ClientStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
