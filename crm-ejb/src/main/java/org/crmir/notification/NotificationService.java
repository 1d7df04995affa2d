package org.crmir.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/** Each user's notifications: the bell's count, the list, marking read. Other features add notifications. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class NotificationService {

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @Inject
    Event<NotificationCreated> created;

    /** Adds a notification for {@code username}, in the caller's transaction. Called by other services. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(String username, String text, String link) {
        em.persist(new Notification(username, text, link, clock.now()));
        created.fire(new NotificationCreated(username));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.username = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", Caller.nameOf(context)).getSingleResult();
    }

    /** The caller's notifications, unread first, newest first. */
    public Page<Notification> mine(PageRequest page) {
        String me = Caller.nameOf(context);
        List<Notification> items = em.createQuery("SELECT n FROM Notification n WHERE n.username = :me"
                        + " ORDER BY n.id DESC", Notification.class)
                .setParameter("me", me).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.username = :me", Long.class)
                .setParameter("me", me).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getUsername().equals(Caller.nameOf(context))) {
            throw new NotFoundException("Notification", id);
        }
        notification.markRead(Instant.now());
        created.fire(new NotificationCreated(notification.getUsername()));
    }

    /**
     * Everyone's notifications made before {@code before} as read then: the demo's users would have read last
     * month's news long ago, so a new user's bell counts what happened this week, not two years of history.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int markReadBefore(Instant before) {
        return em.createQuery("UPDATE Notification n SET n.readAt = n.createdAt WHERE n.createdAt < :before"
                + " AND n.readAt IS NULL").setParameter("before", before).executeUpdate();
    }

    public int markAllRead() {
        String me = Caller.nameOf(context);
        int changed = em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.username = :me"
                + " AND n.readAt IS NULL").setParameter("now", Instant.now()).setParameter("me", me).executeUpdate();
        created.fire(new NotificationCreated(me));
        return changed;
    }
}
