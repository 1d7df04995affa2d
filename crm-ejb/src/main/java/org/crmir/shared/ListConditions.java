package org.crmir.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's JPQL condition ({@code " AND ..."} clauses) and its parameters, built one filter at a time; a filter
 * left empty adds nothing. The same instance serves the page and the count, so both read the same rows.
 */
public final class ListConditions {

    private final StringBuilder jpql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();
    private ClientOwner owner;
    private String ownerCaller;
    /** Whether anything but the owner (and a keyset page's anchor) narrows the list. */
    private boolean narrowedOtherwise;

    /** {@code path = value}, unless value is null. */
    public ListConditions equal(String path, String name, Object value) {
        return equal(path, name, value, true);
    }

    /**
     * {@code path = value}, unless value is null; {@code narrows} false for a value nearly every row has (recorded
     * payments), which does not change how a page is best read ({@link #bindPage}).
     */
    public ListConditions equal(String path, String name, Object value, boolean narrows) {
        if (value != null) {
            jpql.append(" AND ").append(path).append(" = :").append(name);
            narrowedOtherwise |= narrows;
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code path} is one of {@code values}; nothing when there are none. */
    public ListConditions in(String path, String name, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        if (values.size() == 1) {
            return equal(path, name, values.iterator().next());
        }
        jpql.append(" AND ").append(path).append(" IN :").append(name);
        narrowedOtherwise = true;
        parameters.put(name, List.copyOf(values));
        return this;
    }

    /** A date column from {@code from} to {@code to}, both inclusive; either end may be open. */
    public ListConditions dates(String path, String name, LocalDate from, LocalDate to) {
        if (from != null) {
            jpql.append(" AND ").append(path).append(" >= :").append(name).append("From");
            parameters.put(name + "From", from);
            narrowedOtherwise = true;
        }
        if (to != null) {
            jpql.append(" AND ").append(path).append(" <= :").append(name).append("To");
            parameters.put(name + "To", to);
            narrowedOtherwise = true;
        }
        return this;
    }

    /**
     * A time column (UTC) on the days from {@code from} to {@code to}, both inclusive: from the first day's start
     * to before the start of the day after the last, so an index on the column reads one range.
     */
    public ListConditions days(String path, String name, LocalDate from, LocalDate to) {
        if (from != null) {
            jpql.append(" AND ").append(path).append(" >= :").append(name).append("From");
            parameters.put(name + "From", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            narrowedOtherwise = true;
        }
        if (to != null) {
            jpql.append(" AND ").append(path).append(" < :").append(name).append("To");
            parameters.put(name + "To", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            narrowedOtherwise = true;
        }
        return this;
    }

    /** The client at {@code clientIdPath} is owned by {@code owner} (null: anyone's); see {@link ClientOwner}. */
    public ListConditions owner(String clientIdPath, ClientOwner owner, String callerName) {
        if (owner != null) {
            jpql.append(owner.condition(clientIdPath, parameters, callerName));
            this.owner = owner;
            this.ownerCaller = callerName;
        }
        return this;
    }

    /** The row, which carries its client's owner at {@code ownerIdPath}, is {@code owner}'s (null: anyone's). */
    public ListConditions ownerOnRow(String ownerIdPath, ClientOwner owner, String callerName) {
        if (owner != null) {
            jpql.append(owner.conditionOnRow(ownerIdPath, parameters, callerName));
        }
        return this;
    }

    /** The rows after a keyset page's anchor ({@link Keyset}); nothing for an ordinary page. */
    public ListConditions after(Keyset keyset) {
        jpql.append(keyset.jpql());
        parameters.putAll(keyset.parameters());
        return this;
    }

    /** A clause of the caller's own ({@code " AND ..."}) with its parameters. */
    public ListConditions add(String clause, Map<String, Object> clauseParameters) {
        jpql.append(clause);
        narrowedOtherwise |= !clause.isEmpty();
        parameters.putAll(clauseParameters);
        return this;
    }

    /** The clauses, each starting with {@code " AND"}; empty when nothing narrows the list. */
    public String jpql() {
        return jpql.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * {@link #bind}, for the query of a page in the list's own order: narrowed by the owner alone, it is read in
     * that order ({@link ClientOwner#readInListOrder}); with other conditions too (an owner's overdue dollar
     * invoices), reading in list order may pass many rows for each match, and the optimizer weighs their indexes.
     */
    public <Q extends Query> Q bindPage(Q query, EntityManager em) {
        bind(query);
        if (owner != null && !narrowedOtherwise) {
            owner.readInListOrder(query, em, ownerCaller);
        }
        return query;
    }
}
