package org.crmir.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import org.crmir.shared.RandomSecrets;

/**
 * The one maker of the secrets CRMir hands to people about their account (personal API tokens, invitation and
 * reset links), and the one finder of the rows behind them: a new secret comes with the {@link HashedSecret} its
 * row keeps, and a presented one is hashed the same way to find that row.
 */
final class SecretTokens {

    /** 256 random bits: nobody guesses one, so a fast hash of it is as good as a slow one. */
    private static final int BYTES = 32;

    /** A secret just made: {@code secret} goes to its holder once; only {@code hashed} is stored. */
    record Minted(String secret, HashedSecret hashed) {
    }

    private SecretTokens() {
    }

    static Minted mint(String prefix) {
        String secret = prefix + RandomSecrets.urlSafe(BYTES);
        return new Minted(secret, HashedSecret.of(secret));
    }

    /**
     * The {@code kind} of secret (with its user) that keeps the presented one, revoked or not, locked with
     * {@code lock} when given; empty when there is none, or the text cannot be a secret.
     */
    static <T extends UserSecret> Optional<T> find(EntityManager em, Class<T> kind, String presented,
            LockModeType lock) {
        Optional<HashedSecret> hashed = HashedSecret.ofPresented(presented);
        if (hashed.isEmpty()) {
            return Optional.empty();
        }
        TypedQuery<T> query = em.createQuery("SELECT x FROM " + kind.getSimpleName() + " x JOIN FETCH x.user"
                + " WHERE x.secret.hash = :hash", kind).setParameter("hash", hashed.get().hash());
        if (lock != null) {
            query.setLockMode(lock);
        }
        return query.getResultStream().findFirst();
    }
}
