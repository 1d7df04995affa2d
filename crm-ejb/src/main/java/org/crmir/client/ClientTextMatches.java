package org.crmir.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clients a search text matches, collected index by index: each way the text can match (see
 * {@link ClientQuery}) is one query on its own index, and their ids are joined here. One query ORing them all made
 * MariaDB read every client (0.6-1.1 s at 100,000 clients); each query here reads only its matches.
 * The set is bounded: past {@code cap} ids it is not collected and the caller falls back to the one query.
 * Collected once a request: the list asks for its count and then for its page with the same text, and the
 * collecting was a third of a search's database time (2,500 matches: 12 of 38 ms, benchmark/screens); a write
 * of a client or contact in the request ({@link ClientService}) forgets what was collected.
 */
@RequestScoped
class ClientTextMatches {

    private final Map<String, Optional<Set<Long>>> collected = new HashMap<>();

    /** The ids of the clients matching {@code text}, or empty when more than {@code cap} do. */
    Optional<Set<Long>> of(EntityManager em, String text, int cap) {
        return collected.computeIfAbsent(cap + ":" + text, key -> collect(em, text, cap));
    }

    /** After a client or contact is written in this request: a later search collects again. */
    void forget() {
        collected.clear();
    }

    private static Optional<Set<Long>> collect(EntityManager em, String text, int cap) {
        ClientQuery.Text match = ClientQuery.Text.of(text);
        List<String> sources = new ArrayList<>(List.of(
                "SELECT c.id FROM Client c WHERE c.name LIKE :prefix ESCAPE '!'",
                "SELECT c.id FROM Client c WHERE c.email LIKE :emailPrefix ESCAPE '!'",
                "SELECT c.id FROM Client c WHERE c.phone LIKE :prefix ESCAPE '!'",
                "SELECT k.client.id FROM Contact k WHERE k.name LIKE :prefix ESCAPE '!'"));
        if (match.words() != null) {
            sources.add("SELECT c.id FROM Client c WHERE " + ClientQuery.MATCH.formatted("c.name"));
            sources.add("SELECT f.client.id FROM Contact f WHERE " + ClientQuery.MATCH.formatted("f.name"));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String source : sources) {
            var query = em.createQuery(source, Long.class);
            match.parameters().forEach((name, value) -> {
                if (source.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            ids.addAll(query.setMaxResults(cap + 1).getResultList());
            if (ids.size() > cap) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }
}
