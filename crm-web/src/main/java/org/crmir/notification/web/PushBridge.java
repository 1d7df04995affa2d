package org.crmir.notification.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.crmir.communication.MessageStatusChanged;
import org.crmir.notification.NotificationCreated;
import org.crmir.notification.PushRelay;

/**
 * Subscribes to {@link PushRelay} when the application starts and turns committed changes into Faces websocket
 * pushes: {@code communication} (application-wide: timelines and the history page), {@code documents}
 * (application-wide: invoice and client pages when money moves) and {@code notifications} (per user: the bell). A push carries no data, only "look again": the page re-reads what its user may see.
 */
@ApplicationScoped
public class PushBridge {

    public static final String STATUS_CHANGED = "statusChanged";
    public static final String NOTIFICATIONS_CHANGED = "notificationsChanged";
    public static final String PAYMENT_RECORDED = "paymentRecorded";

    @Inject
    PushRelay relay;

    @Inject
    @Push(channel = "communication")
    PushContext communication;

    @Inject
    @Push(channel = "notifications")
    PushContext notifications;

    @Inject
    @Push(channel = "documents")
    PushContext documents;

    private final Consumer<Object> subscriber = this::forward;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        relay.subscribe(subscriber);
    }

    @PreDestroy
    void stop() {
        relay.unsubscribe(subscriber);
    }

    private void forward(Object change) {
        if (change instanceof MessageStatusChanged) {
            communication.send(STATUS_CHANGED);
            // the author's own bell and pages hear about their message too
        } else if (change instanceof org.crmir.payment.PaymentRecorded) {
            documents.send(PAYMENT_RECORDED);
        } else if (change instanceof NotificationCreated created) {
            notifications.send(NOTIFICATIONS_CHANGED, created.username());
        }
    }
}
