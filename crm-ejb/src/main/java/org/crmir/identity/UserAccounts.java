package org.crmir.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.crmir.shared.NotFoundException;

/**
 * Users by username: the lookup every feature makes of the people it names (a record's owner, a message's author,
 * the caller). Read in the caller's transaction.
 */
@ApplicationScoped
public class UserAccounts {

    @Inject
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

    /** The usernames of every active administrator, in order: who hears of what only an administrator can fix. */
    public List<String> activeAdministrators() {
        return em.createQuery("SELECT u.username FROM UserAccount u JOIN u.roles r"
                + " WHERE r = :admin AND u.active = TRUE ORDER BY u.username", String.class)
                .setParameter("admin", Role.ADMIN).getResultList();
    }

    /** The active user called {@code username}, if there is one. */
    public Optional<UserAccount> active(String username) {
        return byUsername(username).filter(UserAccount::isActive);
    }
}
