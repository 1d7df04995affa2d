package org.crmir.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.notification.Notification;
import org.crmir.notification.NotificationService;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;

/** The notifications page: newest first, mark one or all read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService notifications;

    private PagedModel<Notification> model;

    @PostConstruct
    void init() {
        model = PagedModel.ofPages(notifications::mine, Notification::getId);
    }

    public void markRead(Notification notification) {
        try {
            notifications.markRead(notification.getId());
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void markAllRead() {
        int count = notifications.markAllRead();
        Messages.info(count + " notification(s) marked read.");
    }

    public PagedModel<Notification> getModel() { return model; }
}
