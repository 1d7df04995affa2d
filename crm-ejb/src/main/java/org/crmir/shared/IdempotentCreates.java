package org.crmir.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Runs a create at most once per (caller, operation, key), inside the caller's transaction. The key row is
 * written before the create, so a concurrent duplicate blocks on the unique index until the first commits and
 * then fails; the API retries it once, and the retry finds the finished key and replays its result.
 */
@ApplicationScoped
public class IdempotentCreates {

    @PersistenceContext
    EntityManager em;

    /**
     * The id {@code create} made now, or that it made for an earlier request with the same key. Without a key,
     * {@code create} simply runs.
     */
    public long once(String actor, String operation, String key, LongSupplier create) {
        if (key == null) {
            return create.getAsLong();
        }
        OptionalLong earlier = em.createQuery("SELECT k FROM IdempotencyKey k WHERE k.actor = :actor"
                        + " AND k.operation = :op AND k.key = :key", IdempotencyKey.class)
                .setParameter("actor", actor).setParameter("op", operation).setParameter("key", key)
                .getResultStream().filter(k -> k.getResourceId() != null)
                .mapToLong(IdempotencyKey::getResourceId).findFirst();
        if (earlier.isPresent()) {
            return earlier.getAsLong();
        }
        IdempotencyKey claim = new IdempotencyKey(actor, operation, key, Instant.now());
        em.persist(claim);
        em.flush();
        long id = create.getAsLong();
        claim.madeResource(id);
        return id;
    }
}
