package org.crmir.financereport;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.identity.UserAccounts;
import org.crmir.notification.NotificationService;

/**
 * The users behind schedules: who they are, whether an owner may still have a schedule run in their name (active,
 * and finance or an administrator), and the administrators who are told instead when an owner may not.
 */
@ApplicationScoped
public class ScheduleOwners {

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @EJB
    NotificationService notifications;

    /** The user called {@code username}, if there is one. */
    public Optional<UserAccount> user(String username) {
        return accounts.byUsername(username);
    }

    /**
     * Why {@code owner}'s schedules may no longer run in their name, in words ("is deactivated"); empty while they
     * are active and finance or an administrator.
     */
    public Optional<String> whyNotFit(String owner) {
        Optional<UserAccount> user = user(owner);
        if (user.isEmpty()) {
            return Optional.of("no longer exists");
        }
        if (!user.get().isActive()) {
            return Optional.of("is deactivated");
        }
        if (!user.get().has(Role.ADMIN) && !user.get().has(Role.FINANCE)) {
            return Optional.of("is no longer in finance or an administrator");
        }
        return Optional.empty();
    }

    /** Tells every active administrator on the bell. */
    public void tellAdministrators(String text, String link) {
        for (String admin : accounts.activeAdministrators()) {
            notifications.notify(admin, text, link);
        }
    }
}
