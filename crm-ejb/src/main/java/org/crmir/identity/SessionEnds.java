package org.crmir.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands committed {@link SessionsToEnd} to the web module, which keeps the signed-in sessions (an EJB module cannot
 * see the WAR's observers, so the web module subscribes). Only after the commit: a deactivation rolled back ends
 * nobody's session.
 */
@ApplicationScoped
public class SessionEnds {

    private static final Logger LOG = Logger.getLogger(SessionEnds.class.getName());

    private final List<Consumer<SessionsToEnd>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<SessionsToEnd> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<SessionsToEnd> subscriber) {
        subscribers.remove(subscriber);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsToEnd ending) {
        subscribers.forEach(subscriber -> {
            try {
                subscriber.accept(ending);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Ending signed-in sessions failed; the change that asked for it is committed all the same", e);
            }
        });
    }
}
