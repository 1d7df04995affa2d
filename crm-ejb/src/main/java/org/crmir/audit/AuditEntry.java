package org.crmir.audit;

import java.time.Instant;
import java.util.List;

/** An audit event as the history screens and the API show it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId,
        AuditAction action, List<FieldChange> changes) {
}
