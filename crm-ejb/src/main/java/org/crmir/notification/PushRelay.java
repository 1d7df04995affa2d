package org.crmir.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.communication.MessageStatusChanged;

/**
 * Hands committed changes to the web module's push channels. Events fired here are not seen by observers in
 * the web module (an EJB module cannot see into the WAR), so the web module subscribes; only changes whose
 * transaction succeeded are passed on, so a screen never shows what was rolled back.
 */
@ApplicationScoped
public class PushRelay {

    private static final Logger LOG = Logger.getLogger(PushRelay.class.getName());

    private final List<Consumer<Object>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<Object> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Object> subscriber) {
        subscribers.remove(subscriber);
    }

    void messageStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStatusChanged change) {
        publish(change);
    }

    void paymentRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS)
            org.crmir.payment.PaymentRecorded payment) {
        publish(payment);
    }

    void notificationCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
        publish(created);
    }

    private void publish(Object change) {
        for (Consumer<Object> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A push subscriber failed; the change is committed all the same", e);
            }
        }
    }
}
