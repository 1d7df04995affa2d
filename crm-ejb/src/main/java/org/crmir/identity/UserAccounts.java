package org.crmir.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.crmir.shared.NotFoundException;

/**
 * Users by username: the lookup every feature makes of the people it names (a record's owner, a message's author,
 * the caller). Read in the caller's transaction.
 */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    /** The user called {@code username}, if there is one (active or not). */
    public Optional<UserAccount> byUsername(String username) {
        return byUsername(username, LockModeType.NONE);
    }

    /** As {@link #byUsername(String)}, locked as {@code lock} says until the transaction ends. */
    public Optional<UserAccount> byUsername(String username, LockModeType lock) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).setLockMode(lock).getResultStream().findFirst();
    }

    /** The user called {@code username}; {@link NotFoundException} when there is none. */
    public UserAccount named(String username) {
        return byUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** The active user called {@code username}, if there is one. */
    public Optional<UserAccount> active(String username) {
        return byUsername(username).filter(UserAccount::isActive);
    }
}
