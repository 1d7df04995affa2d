package org.crmir.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;

/**
 * How many rows a list holds, exactly up to {@link PageRequest#COUNT_CAP}; past that {@code COUNT_CAP + 1}, "more
 * than 10,000". An exact count reads every matching index entry (a million for a whole list), more than a pager
 * needs. The count is one statement that stops at the 10,001st match:
 * {@code SELECT COUNT(*) FROM (<the matching rows> LIMIT 10001) capped}. (It was a probe for the 10,001st row and,
 * when there was none, an exact count: the same entries read twice whenever a list held 10,000 rows or fewer,
 * 2 x 32 ms for a sales user's interactions of 30 days, 2 x 13 ms for their dollar invoices due this month.)
 * JPQL has no LIMIT in a subquery, so the matching query's SQL is taken from EclipseLink, as it would run it,
 * with its parameters bound, not written out.
 */
public final class CappedCount {

    private CappedCount() {
    }

    /** {@code matching}: the list's rows (any one column), its parameters set, no first result or maximum. */
    public static long of(EntityManager em, Query matching) {
        AbstractSession session = (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        DatabaseQuery query = (DatabaseQuery) matching.unwrap(JpaQuery.class).getDatabaseQuery().clone();
        AbstractRecord arguments = new DatabaseRecord();
        for (String name : query.getArguments()) {
            arguments.put(name, matching.getParameterValue(name));
        }
        query.prepareCall(session, arguments);
        DatabaseCall call = (DatabaseCall) query.getCall().clone();
        call.setUsesBinding(true); // values stay parameters, never SQL text
        call.translate(arguments, null, session);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (" + call.getSQLString() + " LIMIT "
                + (PageRequest.COUNT_CAP + 1) + ") capped");
        List<?> values = call.getParameters();
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }
}
