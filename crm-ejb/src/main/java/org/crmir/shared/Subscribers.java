package org.crmir.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web module's subscribers to something the EJB module observed (an EJB module cannot see the WAR's
 * observers, so the WAR subscribes at start). One failing subscriber neither stops the others nor undoes the
 * committed change that was observed.
 *
 * @param <T> what is handed on
 */
public final class Subscribers<T> {

    private static final Logger LOG = Logger.getLogger(Subscribers.class.getName());

    private final List<Consumer<T>> subscribers = new CopyOnWriteArrayList<>();
    private final String what;

    /** {@code what}: what is handed on, in words, for the log line of a failing subscriber. */
    public Subscribers(String what) {
        this.what = what;
    }

    public void add(Consumer<T> subscriber) {
        subscribers.add(subscriber);
    }

    public void remove(Consumer<T> subscriber) {
        subscribers.remove(subscriber);
    }

    public void deliver(T item) {
        for (Consumer<T> subscriber : subscribers) {
            try {
                subscriber.accept(item);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A subscriber to " + what + " failed; the change is committed all the same", e);
            }
        }
    }
}
