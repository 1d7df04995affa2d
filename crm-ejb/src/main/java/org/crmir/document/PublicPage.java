package org.crmir.document;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.Serializable;
import java.util.Optional;
import org.crmir.shared.NotFoundException;

/**
 * A page outside sign-in that shows one document to whoever holds its token, such as
 * {@code CRMIR_PUBLIC_URL/public/quote.xhtml?token=...}. {@code tokenAttribute} is the entity's attribute that
 * holds the token; a blank, malformed or unknown token is "not found" as {@code notFoundWhat} and
 * {@code notFoundId}, never a hint that the token came close.
 *
 * @param <T> the document's entity
 */
public record PublicPage<T>(String path, Class<T> type, String tokenAttribute, String notFoundWhat,
        Object notFoundId) implements Serializable {

    private static final int SHORTEST = 20;
    private static final int LONGEST = 64;

    /** The link without its token; empty when CRMir's public address is not configured. */
    public Optional<String> prefix() {
        return PublicLinks.publicUrl().map(base -> base + path + "?token=");
    }

    /** The link for a token; empty without a token or without a public address. */
    public Optional<String> link(String token) {
        return token == null ? Optional.empty() : prefix().map(start -> start + token);
    }

    /** The document behind a token, optionally locked against concurrent answers. */
    public T find(EntityManager em, String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() < SHORTEST || token.length() > LONGEST) {
            throw notFound();
        }
        var query = em.createQuery("SELECT d FROM " + em.getMetamodel().entity(type).getName() + " d WHERE d."
                + tokenAttribute + " = :token", type).setParameter("token", token);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(this::notFound);
    }

    private NotFoundException notFound() {
        return new NotFoundException(notFoundWhat, notFoundId);
    }
}
