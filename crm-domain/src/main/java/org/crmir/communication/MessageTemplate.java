package org.crmir.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** Subject and body of one kind of message, with {{placeholders}} filled in when a message is made. */
@Entity
@Table(name = "message_templates")
public class MessageTemplate implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, unique = true, updatable = false)
    private TemplateKind kind;

    @NotBlank(message = "Subject is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String subject;

    @NotBlank(message = "Body is required")
    @Size(max = 10_000)
    @Column(nullable = false, length = 10_000)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MessageTemplate() {
    }

    /** Changes the texts after checking that they use only placeholders CRMir can fill. */
    public void rewrite(String newSubject, String newBody, Instant now) {
        Placeholders.checkKnown("subject", newSubject);
        Placeholders.checkKnown("body", newBody);
        this.subject = newSubject;
        this.body = newBody;
        this.updatedAt = now;
    }

    public String renderSubject(Map<String, String> values) {
        return Placeholders.fill(subject, values);
    }

    public String renderBody(Map<String, String> values) {
        return Placeholders.fill(body, values);
    }

    public Long getId() { return id; }
    public TemplateKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
