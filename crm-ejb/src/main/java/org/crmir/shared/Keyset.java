package org.crmir.shared;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The condition of a keyset page ({@link PageRequest#afterId()}): the rows after row {@code afterId} in a list
 * ordered by one field and then the id, both ascending or both descending. The anchor's field is read off the
 * anchor row, so a page deep in a million rows is one index range rather than an offset counted from the start.
 *
 * @param jpql       {@code " AND (...)"}, or empty for a first page
 * @param parameters its parameters
 */
public record Keyset(String jpql, Map<String, Object> parameters) implements Serializable {

    public static final Keyset NONE = new Keyset("", Map.of());

    /** By id alone when the anchor row is gone (deleted between two pages). */
    public static Keyset after(EntityManager em, Class<?> entity, String alias, String field, boolean descending,
            Long afterId) {
        if (afterId == null) {
            return NONE;
        }
        String comparison = descending ? " < " : " > ";
        List<?> anchor = em.createQuery("SELECT k." + field + " FROM " + entity.getSimpleName() + " k WHERE k.id = :id")
                .setParameter("id", afterId).getResultList();
        if (anchor.isEmpty() || anchor.get(0) == null) {
            return new Keyset(" AND " + alias + ".id" + comparison + ":afterId", Map.of("afterId", afterId));
        }
        String path = alias + "." + field;
        return new Keyset(" AND (" + path + comparison + ":afterValue OR (" + path + " = :afterValue AND " + alias
                + ".id" + comparison + ":afterId))", Map.of("afterValue", anchor.get(0), "afterId", afterId));
    }
}
