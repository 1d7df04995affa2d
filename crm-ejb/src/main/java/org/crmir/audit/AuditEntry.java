package org.crmir.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An audit event as the history screens and the API show it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId,
        AuditAction action, List<FieldChange> changes) implements Serializable {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
