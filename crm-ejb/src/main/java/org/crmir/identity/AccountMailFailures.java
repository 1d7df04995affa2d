package org.crmir.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.communication.AccountMailFailed;
import org.crmir.notification.NotificationService;
import org.crmir.shared.DatabaseOutage;

/**
 * An invitation or reset e-mail that could not be sent comes back here: its link records the failure (the users
 * page shows it), and the administrator who sent an invitation is notified, so that they check the address and
 * send it again. Nobody is told of a failed reset e-mail but the administrators reading the users page: the person
 * who asked is not signed in, and the "forgot password" page answers alike whatever happens to the e-mail.
 * Called by the mail dispatcher and the dead-letter watcher, with no caller, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class AccountMailFailures {

    static final String USERS_PAGE = "/admin/users.xhtml";
    private static final Logger LOG = Logger.getLogger(AccountMailFailures.class.getName());

    @Inject
    EntityManager em;

    @EJB
    NotificationService notifications;

    @Resource
    SessionContext context;

    /**
     * Records the failure in a transaction of its own, outside the one that gave up on the e-mail. Catching in
     * that transaction would not do: a failed lock or insert marks it for rollback before any catch sees it, and
     * the message would come back until the dead-letter queue. So a failure here is logged and the give-up
     * stands; only a database outage is rethrown, for the message to come back once the database does.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void record(@Observes AccountMailFailed failure) {
        try {
            context.getBusinessObject(AccountMailFailures.class).recordOnLink(failure);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                throw e;
            }
            String correlationId = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected error [" + correlationId + "]: the failed account e-mail to "
                    + failure.to() + " (" + failure.reference() + ") could not be recorded", e);
        }
    }

    /** Marks the link the e-mail carried as not sent and tells the inviting administrator; {@link #record}'s work. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordOnLink(AccountMailFailed failure) {
        AccountLink link = AccountLinkMail.linkIdOf(failure.reference())
                .map(id -> em.find(AccountLink.class, id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (link == null) {
            // A reference that names no link cannot be put right by anyone: say so once, and let the message go.
            LOG.warning("An account e-mail to " + failure.to() + " failed (" + failure.error()
                    + ") but names no known link: " + failure.reference());
            return;
        }
        if (!link.isOpen()) {
            // Replaced by a newer link (sent again) or already used: nothing is left to put right.
            LOG.info(() -> "An account e-mail to " + failure.to() + " failed, but its link " + failure.reference()
                    + " is no longer open; nothing recorded");
            return;
        }
        boolean first = !link.isMailFailed();
        link.mailFailed(failure.error(), Instant.now());
        if (first && link.getPurpose() == AccountLink.Purpose.INVITATION) {
            UserAccount user = link.getUser();
            notifications.notify(link.getCreatedBy(), "The invitation e-mail to " + user.getDisplayName() + " ("
                    + user.getUsername() + ", " + failure.to() + ") could not be sent: " + failure.error()
                    + ". Check the address on the Users page and send the invitation again.", USERS_PAGE);
        }
    }
}
