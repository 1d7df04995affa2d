package org.crmir.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.Consumer;
import org.crmir.push.PushTopic;
import org.crmir.push.PushedElsewhere;
import org.crmir.shared.Subscribers;

/**
 * Hands committed {@link SessionsToEnd} to the web module, which keeps the signed-in sessions and subscribes here.
 * Only after the commit: a deactivation rolled back ends nobody's session.
 */
@ApplicationScoped
public class SessionEnds {

    private final Subscribers<SessionsToEnd> subscribers = new Subscribers<>("ending signed-in sessions");

    public void subscribe(Consumer<SessionsToEnd> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<SessionsToEnd> subscriber) {
        subscribers.remove(subscriber);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsToEnd ending) {
        subscribers.deliver(ending);
    }

    /** The same committed on another node of the cluster: this node ends the sessions it holds. */
    void committedElsewhere(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushedElsewhere change) {
        if (change.topic() == PushTopic.SESSIONS && change.detail() != null) {
            subscribers.deliver(SessionsToEnd.of(change.detail()));
        }
    }
}
