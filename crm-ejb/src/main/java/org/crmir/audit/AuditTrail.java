package org.crmir.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmir.shared.JsonBuilders;

/**
 * Writes one audit event per change, in the transaction that makes the change: if the change rolls back, so
 * does its audit event. Only other services call it (it has no use case of its own), and they have checked the
 * caller's role already, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @Inject
    EntityManager em;

    /** Records what changed between the two snapshots; an empty {@code before} stands for a create. */
    public void record(String actor, String entityType, long entityId, AuditAction action,
            Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = FieldChanges.between(before, after);
        em.persist(new AuditEvent(Instant.now(), actor, entityType, entityId, action, toJson(changes)));
    }

    static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = JsonBuilders.array();
        for (FieldChange change : changes) {
            JsonObjectBuilder item = JsonBuilders.object().add("field", change.field());
            if (change.before() == null) {
                item.addNull("before");
            } else {
                item.add("before", change.before());
            }
            if (change.after() == null) {
                item.addNull("after");
            } else {
                item.add("after", change.after());
            }
            array.add(item);
        }
        return array.build().toString();
    }
}
