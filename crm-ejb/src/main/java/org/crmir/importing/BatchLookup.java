package org.crmir.importing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Looks many values up with a few {@code IN (...)} queries instead of one query per row. */
final class BatchLookup {

    static final int BATCH = 500;

    private BatchLookup() {
    }

    /**
     * Runs {@code jpql} (with a collection parameter {@code :values}) once per batch of {@code values} and returns
     * every row found.
     */
    static List<Object[]> rows(EntityManager em, String jpql, Collection<?> values) {
        List<Object[]> found = new ArrayList<>();
        List<Object> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Object> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            found.addAll(em.createQuery(jpql, Object[].class).setParameter("values", batch).getResultList());
        }
        return found;
    }
}
