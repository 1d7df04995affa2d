package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.crmir.communication.AccountMailFailed;

/**
 * Test support: gives up on an account e-mail as the mail dispatcher does (the event fired in a transaction of the
 * caller's), holds a link's row lock as a concurrent writer would, and reads and spends links directly.
 */
@Stateless
@PermitAll
public class AccountMailFailureProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountMailFailed> accountMailFailed;

    @Resource
    SessionContext context;

    /** Fires the failure in this transaction; true when the transaction can still commit afterwards. */
    public boolean giveUp(AccountMailFailed failure) {
        accountMailFailed.fire(failure);
        return !context.getRollbackOnly();
    }

    /** The user's newest link, whatever its state. */
    public long newestLinkOf(String username) {
        return em.createQuery("SELECT MAX(l.id) FROM AccountLink l WHERE l.user.username = :name", Long.class)
                .setParameter("name", username).getSingleResult();
    }

    public boolean isMailFailed(long linkId) {
        return em.createQuery("SELECT l.mailFailedAt FROM AccountLink l WHERE l.id = :id", Instant.class)
                .setParameter("id", linkId).getSingleResult() != null;
    }

    /** Spends the link as choosing a password through it does. */
    public void use(long linkId) {
        em.find(AccountLink.class, linkId, LockModeType.PESSIMISTIC_WRITE).use(Instant.now());
    }

    /** Locks the link's row, says so through {@code locked}, and keeps the lock for {@code millis}. */
    public void hold(long linkId, CountDownLatch locked, long millis) throws InterruptedException {
        em.find(AccountLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
        locked.countDown();
        Thread.sleep(millis);
    }
}
