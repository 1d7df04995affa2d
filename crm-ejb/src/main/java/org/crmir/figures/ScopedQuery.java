package org.crmir.figures;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A read of a summary table narrowed to a scope's owner and currency (which summary tables key by as
 * {@code owner_id} and {@code currency}), with its positional parameters kept beside the SQL, so that conditions
 * and their values cannot get out of step.
 */
final class ScopedQuery {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    /** {@code select} ends in a WHERE clause; {@code selectParameters} are those of its placeholders. */
    ScopedQuery(String select, FigureScope scope, Object... selectParameters) {
        this("", select, scope, selectParameters);
    }

    /** As above, for a select that joins other tables to the summary table, aliased {@code alias}. */
    ScopedQuery(String alias, String select, FigureScope scope, Object... selectParameters) {
        this(select);
        parameters.addAll(List.of(selectParameters));
        String prefix = alias.isEmpty() ? "" : alias + ".";
        if (scope.ownerId() != null) {
            and(prefix + "owner_id = ?", scope.ownerId());
        }
        if (scope.currency() != null) {
            and(prefix + "currency = ?", scope.currency());
        }
    }

    private ScopedQuery(String select) {
        this.sql = new StringBuilder(select);
    }

    /** {@code select} (up to FROM, no WHERE), with no condition yet. */
    static ScopedQuery plain(String select) {
        return new ScopedQuery(select + " WHERE 1 = 1");
    }

    /** {@code select} (up to FROM, no WHERE), narrowed to the scope's owner, and its currency if the table has one. */
    static ScopedQuery of(String select, FigureScope scope, boolean hasCurrency) {
        ScopedQuery query = plain(select);
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

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static YearMonth month(Object value) {
        return YearMonth.from(date(value));
    }
}
