package org.crmir.notification.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.crmir.notification.NotificationService;

/** The unread count in the menu bar, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @EJB
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
