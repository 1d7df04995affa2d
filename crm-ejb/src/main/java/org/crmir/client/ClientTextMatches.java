package org.crmir.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clients a search text matches, with the list's status if it has one. Each way the text can match (see
 * {@link ClientQuery}) is a branch reading its own index, and one {@code UNION} joins them in the database: one
 * round trip, each client once. One query ORing them all made MariaDB read every client (0.6-1.1 s at 100,000
 * clients); six queries, one per way, sent a common word's 2,500 clients twice (its prefix and its FULLTEXT word)
 * through EclipseLink, a fifth of a search's CPU (benchmark/screens). Native SQL, because each branch needs its own
 * LIMIT, which JPQL cannot give a branch of a UNION.
 * The set is bounded: past {@code cap} ids it is not collected and the caller falls back to the one query.
 * Collected once a request: the list asks for its count and then for its page with the same text; a write of a
 * client or contact in the request, its status included ({@link ClientService}), forgets what was collected.
 */
@RequestScoped
class ClientTextMatches {

    private final Map<String, Optional<Set<Long>>> collected = new HashMap<>();

    /** The ids of the clients matching {@code text} (and {@code status} unless null), or empty past {@code cap}. */
    Optional<Set<Long>> of(EntityManager em, String text, ClientStatus status, int cap) {
        return collected.computeIfAbsent(cap + ":" + status + ":" + text, key -> collect(em, text, status, cap));
    }

    /** After a client or contact is written in this request: a later search collects again. */
    void forget() {
        collected.clear();
    }

    private static Optional<Set<Long>> collect(EntityManager em, String text, ClientStatus status, int cap) {
        ClientQuery.Text match = ClientQuery.Text.of(text);
        Object prefix = match.parameters().get("prefix");
        Union union = new Union(status, cap);
        union.ofClients("c.name LIKE ? ESCAPE '!'", prefix);
        union.ofClients("c.email LIKE ? ESCAPE '!'", match.parameters().get("emailPrefix"));
        union.ofClients("c.phone LIKE ? ESCAPE '!'", prefix);
        union.ofContacts("k.name LIKE ? ESCAPE '!'", prefix);
        if (match.words() != null) {
            union.ofClients("MATCH(c.name) AGAINST (? IN BOOLEAN MODE)", match.words());
            union.ofContacts("MATCH(k.name) AGAINST (? IN BOOLEAN MODE)", match.words());
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : union.query(em).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids.size() > cap ? Optional.empty() : Optional.of(ids);
    }

    /** The branches of the statement, each bounded by the cap, and their parameters in order. */
    private static final class Union {

        private final ClientStatus status;
        private final int cap;
        private final List<String> branches = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Union(ClientStatus status, int cap) {
            this.status = status;
            this.cap = cap;
        }

        void ofClients(String condition, Object value) {
            branch("SELECT c.id FROM clients c WHERE " + condition, value);
        }

        /** A contact's client; its status read from the client only when the list asks for one. */
        void ofContacts(String condition, Object value) {
            String clients = status == null ? "" : " JOIN clients c ON c.id = k.client_id";
            branch("SELECT k.client_id FROM contacts k" + clients + " WHERE " + condition, value);
        }

        private void branch(String select, Object value) {
            values.add(value);
            if (status != null) {
                values.add(status.name());
            }
            branches.add("(" + select + (status == null ? "" : " AND c.status = ?") + " LIMIT " + (cap + 1) + ")");
        }

        Query query(EntityManager em) {
            Query query = em.createNativeQuery(String.join(" UNION ", branches) + " LIMIT " + (cap + 1));
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }
    }
}
