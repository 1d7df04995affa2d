package org.crmir.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * Whose clients a list is narrowed to, by the client's owner ({@code clients.owner_id}): the signed-in user's own
 * ({@link #ME}, the URL's {@code owner=me}) or one user's, by id ({@code owner=5}).
 */
public record ClientOwner(Long userId) implements Serializable {

    public static final ClientOwner ME = new ClientOwner(null);

    /**
     * An owner of at least this many clients has one of them every few rows of a list: read in the list's order,
     * a page of 25 meets its rows after about 25 x (all clients / theirs) index entries (2,500 at 100,000 clients).
     */
    static final int BROAD = 1_000;

    public ClientOwner {
        if (userId != null && userId < 1) {
            throw new InvalidInputException("owner", "must be 'me' or a user id (a whole number from 1)");
        }
    }

    public static ClientOwner user(long id) {
        return new ClientOwner(id);
    }

    /** "me", a user id, or blank (null: everyone's clients); anything else is refused, naming {@code name}. */
    public static ClientOwner parse(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.toLowerCase(Locale.ROOT).equals("me")) {
            return ME;
        }
        if (value.length() <= 18 && value.chars().allMatch(Character::isDigit) && Long.parseLong(value) > 0) {
            return user(Long.parseLong(value));
        }
        throw new InvalidInputException(name, "must be 'me' or a user id (a whole number from 1), not '"
                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
    }

    public boolean isMe() {
        return userId == null;
    }

    /** As the URL carries it: "me" or the user id. */
    public String parameter() {
        return isMe() ? "me" : userId.toString();
    }

    /**
     * Tells MySQL how to read one page of a list narrowed to this owner. Left to itself it starts from the owner's
     * clients, joins all their rows and sorts them for the first 25 (1.8 s for a sales user's 100,000
     * interactions); for an owner of many clients, reading the list in its own order and keeping their rows takes
     * 20 ms. For an owner of few it would read the whole list to fill a page, so then the optimizer chooses.
     * Only for a query with the list's table first in its FROM: its page in the list's order, or a count that should
     * read the list's own index first.
     */
    public void readInListOrder(Query page, EntityManager em, String callerName) {
        TypedQuery<Long> clients = isMe()
                ? em.createQuery("SELECT oc.id FROM Client oc WHERE oc.owner.username = :ownerName", Long.class)
                        .setParameter("ownerName", callerName)
                : em.createQuery("SELECT oc.id FROM Client oc WHERE oc.owner.id = :ownerId", Long.class)
                        .setParameter("ownerId", userId);
        if (!clients.setFirstResult(BROAD - 1).setMaxResults(1).getResultList().isEmpty()) {
            page.setHint("eclipselink.sql.hint", "STRAIGHT_JOIN"); // placed after SELECT: tables in FROM's order
        }
    }

    /**
     * The JPQL condition "the client whose id is at {@code clientIdPath} has this owner", its parameter put into
     * {@code parameters}: {@link #ME} is the caller by username, so no lookup runs first. The subquery reads the
     * clients' owner index (ix_clients_owner) and the listed rows through their client index.
     */
    public String condition(String clientIdPath, Map<String, Object> parameters, String callerName) {
        return bound(" AND " + clientIdPath + " IN (SELECT oc.id FROM Client oc WHERE oc.owner.username = :ownerName)",
                " AND " + clientIdPath + " IN (SELECT oc.id FROM Client oc WHERE oc.owner.id = :ownerId)",
                parameters, callerName);
    }

    /**
     * As {@link #condition}, for rows that carry their client's owner themselves ({@code invoices.owner_id}, V83):
     * the row's own column and its index, no client read.
     */
    public String conditionOnRow(String ownerIdPath, Map<String, Object> parameters, String callerName) {
        return bound(" AND " + ownerIdPath + " = (SELECT ou.id FROM UserAccount ou WHERE ou.username = :ownerName)",
                " AND " + ownerIdPath + " = :ownerId", parameters, callerName);
    }

    /** {@code byName} with the caller's name bound for {@link #ME}, else {@code byId} with the user id. */
    private String bound(String byName, String byId, Map<String, Object> parameters, String callerName) {
        if (isMe()) {
            parameters.put("ownerName", callerName);
            return byName;
        }
        parameters.put("ownerId", userId);
        return byId;
    }
}
