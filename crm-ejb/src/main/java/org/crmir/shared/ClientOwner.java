package org.crmir.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * Whose clients a list is narrowed to, by the client's owner ({@code clients.owner_id}): the signed-in user's own
 * ({@link #ME}, the URL's {@code owner=me}) or one user's, by id ({@code owner=5}).
 */
public record ClientOwner(Long userId) implements Serializable {

    public static final ClientOwner ME = new ClientOwner(null);

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
     * The JPQL condition "the client whose id is at {@code clientIdPath} has this owner", its parameter put into
     * {@code parameters}: {@link #ME} is the caller by username, so no lookup runs first. The subquery reads the
     * clients' owner index (ix_clients_owner) and the listed rows through their client index.
     */
    public String condition(String clientIdPath, Map<String, Object> parameters, String callerName) {
        if (isMe()) {
            parameters.put("ownerName", callerName);
            return " AND " + clientIdPath + " IN (SELECT oc.id FROM Client oc WHERE oc.owner.username = :ownerName)";
        }
        parameters.put("ownerId", userId);
        return " AND " + clientIdPath + " IN (SELECT oc.id FROM Client oc WHERE oc.owner.id = :ownerId)";
    }
}
