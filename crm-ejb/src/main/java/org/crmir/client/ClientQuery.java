package org.crmir.client;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Keyset;
import org.crmir.shared.Queries;

/**
 * The WHERE clause of the client list, in JPQL, from a {@link ClientFilter}. Search text matches in three ways,
 * each served by an index: the start of the name, email or phone (B-tree prefix), whole words or word starts
 * inside the client's name and inside its contacts' names (FULLTEXT, V19, through EclipseLink's {@code SQL}
 * operator), and the start of a contact's name (ix_contacts_name, V67). {@link ClientTextMatches} reads each
 * way on its own index.
 */
final class ClientQuery {

    /**
     * InnoDB indexes words of at least {@code innodb_ft_min_token_size} (3 by default, on MySQL and MariaDB);
     * shorter words can never match a FULLTEXT search, so they only match as prefixes.
     */
    static final int MIN_WORD = 3;

    /** From this many collected ids, a page is read in the name's order (see {@link #readInNameOrder}). */
    static final int MANY_MATCHES = 1_000;

    private static final Set<String> PREFIX_COLUMNS = Set.of("name", "email", "phone", "segment");
    private static final Set<String> EXACT_COLUMNS = Set.of("kind", "currency", "status");
    /** The parameters of a condition on the collected ids and the list's status, and of nothing else. */
    private static final Set<String> TEXT_AND_STATUS = Set.of("textMatches", "status");
    static final String MATCH = "SQL('MATCH(?) AGAINST (? IN BOOLEAN MODE)', %s, :words) > 0";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** The condition names the owner ({@code o}), so a query of it must join the owner. */
    private boolean namesOwner;
    /** How many ids the search text stands for (0: it stands for no collected ids). */
    private int idCount;
    /** Whether the search text stands for ids {@link ClientTextMatches} collected (with the list's status). */
    private boolean collected;

    ClientQuery(ClientFilter filter) {
        this(filter, null);
    }

    /**
     * With {@code textMatches} (the ids {@link ClientTextMatches} collected for the filter's text) the text
     * condition is those ids; without, it is the condition itself.
     */
    ClientQuery(ClientFilter filter, Collection<Long> textMatches) {
        if (filter == null) {
            return;
        }
        if (filter.status() != null) {
            add(" AND c.status = :status", "status", filter.status());
        }
        if (!blank(filter.text())) {
            if (textMatches == null) {
                text(filter.text());
            } else if (textMatches.isEmpty()) {
                where.append(" AND 1 = 0");
                collected = true;
            } else {
                add(" AND c.id IN :textMatches", "textMatches", textMatches);
                idCount = textMatches.size();
                collected = true;
            }
        }
        if (!blank(filter.segment())) {
            add(" AND c.segment = :segment", "segment", filter.segment().strip());
        }
        if (!blank(filter.tag())) {
            add(" AND :tag MEMBER OF c.tags", "tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (!blank(filter.ownerUsername())) {
            add(" AND o.username = :owner", "owner", filter.ownerUsername().strip());
            namesOwner = true;
        }
        filter.columns().forEach(this::column);
    }

    /** The parameters of a search text: its prefix patterns and, when a word is long enough, its FULLTEXT words. */
    record Text(Map<String, Object> parameters, String words) {

        static Text of(String text) {
            String prefix = Queries.startsWith(text);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("prefix", prefix);
            parameters.put("emailPrefix", prefix.toLowerCase(Locale.ROOT));
            String words = booleanWords(text);
            if (words != null) {
                parameters.put("words", words);
            }
            return new Text(parameters, words);
        }
    }

    private void text(String text) {
        Text match = Text.of(text);
        parameters.putAll(match.parameters());
        where.append(" AND (c.name LIKE :prefix ESCAPE '!' OR c.email LIKE :emailPrefix ESCAPE '!'"
                + " OR c.phone LIKE :prefix ESCAPE '!'"
                + " OR EXISTS (SELECT k.id FROM Contact k WHERE k.client = c AND k.name LIKE :prefix ESCAPE '!')");
        if (match.words() != null) {
            where.append(" OR ").append(MATCH.formatted("c.name"))
                    .append(" OR EXISTS (SELECT f.id FROM Contact f WHERE f.client = c AND ")
                    .append(MATCH.formatted("f.name")).append(')');
        }
        where.append(')');
    }

    /**
     * "acme sol" → "+acme* +sol*": every word of at least {@link #MIN_WORD} letters must start a word of the name;
     * shorter words and the boolean operators' characters are left out. Null when no word is long enough.
     */
    static String booleanWords(String text) {
        List<String> words = List.of(text.strip().split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD).limit(10).toList();
        return words.isEmpty() ? null : words.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" "));
    }

    private void column(String column, String value) {
        if (blank(value)) {
            return;
        }
        String name = "col_" + column;
        if (PREFIX_COLUMNS.contains(column)) {
            String pattern = Queries.startsWith(value);
            add(" AND c." + column + " LIKE :" + name + " ESCAPE '!'", name,
                    "email".equals(column) ? pattern.toLowerCase(Locale.ROOT) : pattern);
        } else if (EXACT_COLUMNS.contains(column)) {
            add(" AND c." + column + " = :" + name, name, exact(column, value.strip()));
        } else {
            throw new InvalidInputException(column, "cannot filter by " + column);
        }
    }

    private static Object exact(String column, String value) {
        try {
            return switch (column) {
                case "kind" -> ClientKind.valueOf(value.toUpperCase(Locale.ROOT));
                case "status" -> ClientStatus.valueOf(value.toUpperCase(Locale.ROOT));
                default -> value.toUpperCase(Locale.ROOT);
            };
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(column, "is not one of the choices");
        }
    }

    private void add(String clause, String name, Object value) {
        where.append(clause);
        parameters.put(name, value);
    }

    /** Narrowed to a keyset page's rows. */
    ClientQuery and(Keyset keyset) {
        where.append(keyset.jpql());
        parameters.putAll(keyset.parameters());
        return this;
    }

    /**
     * The FROM clause of a query that reads clients alone (a count): the owner is joined only when the condition
     * names it. MariaDB drops the unused outer join from the plan but still reads each client's row for the join
     * column, where the status index alone would do: 39 ms instead of 3 for 10,001 clients.
     */
    String fromClients() {
        return namesOwner ? " FROM Client c LEFT JOIN c.owner o" : " FROM Client c";
    }

    /** Whether the rows are among the search text's collected ids (at most {@code COUNT_CAP + 1}). */
    boolean byIds() {
        return idCount > 0;
    }

    /**
     * How many clients match, when the collected ids answer it alone (they were collected with the list's status and
     * no other condition was added); otherwise -1. Counting them again in SQL bound 2,500 ids for a common word.
     */
    long countOfIds() {
        boolean textAndStatusAlone = parameters.keySet().stream().allMatch(TEXT_AND_STATUS::contains);
        return collected && textAndStatusAlone ? idCount : -1;
    }

    /**
     * Whether a page sorted by {@code sortField} is best read down the name's index, keeping the collected ids, than
     * by fetching every collected client and sorting them: for a common word (2,500 of 100,000 clients, 1.4 ms
     * against 6.2 ms) a page of 25 meets its rows after about a thousand index entries. For a rare one, reading in
     * order would pass most of the index to fill a page, so then the optimizer chooses.
     */
    boolean readInNameOrder(String sortField) {
        return idCount >= MANY_MATCHES && "name".equals(sortField);
    }

    String where() {
        return where.toString();
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
