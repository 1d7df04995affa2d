package org.crmir.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.crmir.identity.Role;
import org.crmir.shared.Keyset;
import org.crmir.shared.ListConditions;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/** Reading the audit trail: a record's history, or everything recent. For administrators only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditService {

    @Inject
    EntityManager em;

    /** The history of one record, newest first, paged in the database. */
    public Page<AuditEntry> historyOf(String entityType, long entityId, PageRequest page) {
        List<AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = :type"
                        + " AND e.entityId = :id ORDER BY e.id DESC", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.entityType = :type"
                        + " AND e.entityId = :id", Long.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .getSingleResult();
        return new Page<>(events.stream().map(AuditService::toEntry).toList(), total, page.offset(), page.limit());
    }

    /**
     * The entries of one record ({@code entityType} and {@code entityId} given), or of everyone or one actor, newest
     * first, without a count: what a download reads page after page (keyset, {@link PageRequest#afterId()}).
     */
    public List<AuditEntry> entries(String entityType, Long entityId, String actor, PageRequest page) {
        ListConditions where = new ListConditions();
        if (entityType != null && entityId != null) {
            where.equal("e.entityType", "type", entityType).equal("e.entityId", "id", entityId);
        } else if (actor != null && !actor.isBlank()) {
            where.equal("e.actor", "actor", actor.strip());
        }
        where.after(Keyset.after(em, AuditEvent.class, "e", "id", true, page.afterId()));
        return where.bind(em.createQuery("SELECT e FROM AuditEvent e WHERE e.id IS NOT NULL" + where.jpql()
                        + " ORDER BY e.id DESC", AuditEvent.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(AuditService::toEntry).toList();
    }

    /** All audit events, newest first, optionally only those of one actor. */
    public Page<AuditEntry> recent(String actor, PageRequest page) {
        boolean byActor = actor != null && !actor.isBlank();
        String where = byActor ? " WHERE e.actor = :actor" : "";
        var query = em.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.id DESC", AuditEvent.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        var count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        if (byActor) {
            query.setParameter("actor", actor.strip());
            count.setParameter("actor", actor.strip());
        }
        return new Page<>(query.getResultList().stream().map(AuditService::toEntry).toList(),
                count.getSingleResult(), page.offset(), page.limit());
    }

    private static AuditEntry toEntry(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getEntityType(),
                event.getEntityId(), event.getAction(), parse(event.getChanges()));
    }

    static List<FieldChange> parse(String json) {
        List<FieldChange> changes = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject item = value.asJsonObject();
                changes.add(new FieldChange(item.getString("field"), text(item, "before"), text(item, "after")));
            }
        }
        return changes;
    }

    private static String text(JsonObject item, String key) {
        return item.isNull(key) ? null : item.getString(key);
    }
}
