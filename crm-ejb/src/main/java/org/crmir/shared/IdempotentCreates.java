package org.crmir.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Runs a create at most once per (caller, operation, key), inside the caller's transaction. The key row is
 * written before the create, so a concurrent duplicate blocks on the unique index until the first commits and
 * then fails; the API retries it once, and the retry finds the finished key and replays its result.
 */
@ApplicationScoped
public class IdempotentCreates {

    @Inject
    EntityManager em;

    @Inject
    RequestFingerprint request;

    /**
     * The id {@code create} made now, or that it made for an earlier request with the same key. Without a key,
     * {@code create} simply runs.
     */
    public long once(String actor, String operation, String key, LongSupplier create) {
        if (key == null) {
            return create.getAsLong();
        }
        String fingerprint = request.value();
        Optional<IdempotencyKey> earlier = em.createQuery("SELECT k FROM IdempotencyKey k WHERE k.actor = :actor"
                        + " AND k.operation = :op AND k.key = :key", IdempotencyKey.class)
                .setParameter("actor", actor).setParameter("op", operation).setParameter("key", key)
                .getResultStream().filter(k -> k.getResourceId() != null).findFirst();
        if (earlier.isPresent()) {
            earlier.get().checkSameRequest(fingerprint);
            return earlier.get().getResourceId();
        }
        IdempotencyKey claim = new IdempotencyKey(actor, operation, key, fingerprint, Instant.now());
        em.persist(claim);
        em.flush();
        long id = create.getAsLong();
        claim.madeResource(id);
        return id;
    }
}
