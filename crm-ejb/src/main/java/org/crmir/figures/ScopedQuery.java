package org.crmir.figures;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A native read of a summary table narrowed to a scope's owner and currency where the table has them; conditions
 * and their values are added side by side, so that they cannot get out of step.
 */
final class ScopedQuery {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    private ScopedQuery(String select) {
        this.sql = new StringBuilder(select).append(" WHERE 1 = 1");
    }

    /** {@code select} (up to FROM, no WHERE), with no condition yet. */
    static ScopedQuery plain(String select) {
        return new ScopedQuery(select);
    }

    /** {@code select} (up to FROM, no WHERE), narrowed to the owner of the scope, and its currency if asked. */
    static ScopedQuery of(String select, FigureScope scope, boolean hasCurrency) {
        ScopedQuery query = new ScopedQuery(select);
        if (scope.ownerId() != null) {
            query.and("owner_id = ?", scope.ownerId());
        }
        if (hasCurrency && scope.currency() != null) {
            query.and("currency = ?", scope.currency());
        }
        return query;
    }

    ScopedQuery and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    ScopedQuery then(String rest) {
        sql.append(' ').append(rest);
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
        }
        return rows;
    }

    static long count(Object cell) {
        return cell == null ? 0 : ((Number) cell).longValue();
    }

    static BigDecimal amount(Object cell) {
        return cell == null ? BigDecimal.ZERO : cell instanceof BigDecimal d ? d : new BigDecimal(cell.toString());
    }

    static LocalDate day(Object cell) {
        return cell instanceof Date date ? date.toLocalDate() : (LocalDate) cell;
    }
}
