package org.crmir.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.Consumer;
import org.crmir.shared.Subscribers;

/**
 * Hands committed changes to the web module's push channels. Events fired here are not seen by observers in
 * the web module (an EJB module cannot see into the WAR), so the web module subscribes; only changes whose
 * transaction succeeded are passed on, so a screen never shows what was rolled back.
 */
@ApplicationScoped
public class PushRelay {

    private final Subscribers<PushEvent> subscribers = new Subscribers<>("pushes");

    public void subscribe(Consumer<PushEvent> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<PushEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Every feature's push event, whatever its type: CDI delivers an event to observers of its interfaces. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushEvent change) {
        subscribers.deliver(change);
    }
}
