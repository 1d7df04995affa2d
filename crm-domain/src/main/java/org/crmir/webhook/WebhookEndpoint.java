package org.crmir.webhook;

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
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Text;

/** A receiver an administrator registered: where deliveries go, which events it wants, the secret that signs them. */
@Entity
@Table(name = "webhook_endpoints")
@NamedNativeQuery(name = WebhookEndpoint.WANTING, query = "SELECT e.id FROM webhook_endpoints e"
        + " JOIN webhook_endpoint_events t ON t.endpoint_id = e.id WHERE e.enabled = TRUE AND t.event_type = ?1"
        + " ORDER BY e.id LOCK IN SHARE MODE")
public class WebhookEndpoint implements Serializable {

    /**
     * The ids of the enabled endpoints that want an event type (its name), with a shared lock: an endpoint deleted
     * meanwhile waits for the change that publishes to commit, while changes publishing at once do not wait for
     * each other. In SQL because EclipseLink renders JPA's PESSIMISTIC_READ as FOR UPDATE here, which made every
     * payment wait for the one before it to commit once an endpoint wanted payments.
     */
    public static final String WANTING = "WebhookEndpoint.wanting";

    public static final int DESCRIPTION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = WebhookTarget.MAX_LENGTH)
    private String url;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = 64)
    private String secret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_events", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "event_type", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<BusinessEventType> events = EnumSet.noneOf(BusinessEventType.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** Why it is off: switched off by hand, or failing for too long. */
    @Column(name = "disabled_reason", length = 300)
    private String disabledReason;

    /** The first failed attempt since the last delivery that succeeded; null while deliveries succeed. */
    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(WebhookTarget target, String description, Set<BusinessEventType> events, String secret,
            String createdBy, Instant now) {
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(target, description, events);
    }

    public void change(WebhookTarget target, String newDescription, Set<BusinessEventType> newEvents) {
        String cleaned = Text.clean(newDescription);
        if (cleaned != null && cleaned.length() > DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "The description must be at most " + DESCRIPTION_LENGTH
                    + " characters.");
        }
        if (newEvents == null || newEvents.isEmpty()) {
            throw new InvalidInputException("events", "Choose at least one event to send.");
        }
        this.url = target.uri().toString();
        this.description = cleaned;
        this.events = EnumSet.copyOf(newEvents);
    }

    public void rollSecret(String newSecret) {
        this.secret = newSecret;
    }

    public void enable() {
        enabled = true;
        disabledReason = null;
        failingSince = null;
    }

    public void disable(String reason) {
        enabled = false;
        disabledReason = reason;
    }

    public void succeeded() {
        failingSince = null;
    }

    /**
     * A failed attempt at {@code now}; true when the endpoint has now failed for longer than {@code limit} without a
     * success in between and was switched off by it.
     */
    public boolean failed(Instant now, Duration limit) {
        if (failingSince == null) {
            failingSince = now;
        }
        if (enabled && Duration.between(failingSince, now).compareTo(limit) >= 0) {
            disable("Switched off: every delivery failed since " + failingSince + ".");
            return true;
        }
        return false;
    }


    public Long getId() { return id; }
    public String getUrl() { return url; }
    public String getDescription() { return description; }
    public String getSecret() { return secret; }
    public Set<BusinessEventType> getEvents() { return events.isEmpty() ? EnumSet.noneOf(BusinessEventType.class) : EnumSet.copyOf(events); }
    public boolean isEnabled() { return enabled; }
    public String getDisabledReason() { return disabledReason; }
    public Instant getFailingSince() { return failingSince; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
