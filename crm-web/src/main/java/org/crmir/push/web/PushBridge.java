package org.crmir.push.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.push.PushEvent;
import org.crmir.push.PushRelay;

/**
 * Subscribes to {@link PushRelay} when the application starts and turns committed changes into Faces websocket
 * pushes: {@code communication} (application-wide: timelines and the history page), {@code documents}
 * (application-wide: invoice and client pages when money moves) and {@code notifications} (per user: the bell). A push carries no data, only "look again": the page re-reads what its user may see.
 */
@ApplicationScoped
public class PushBridge {

    private static final Logger LOG = Logger.getLogger(PushBridge.class.getName());

    public static final String STATUS_CHANGED = "statusChanged";
    public static final String NOTIFICATIONS_CHANGED = "notificationsChanged";
    public static final String PAYMENT_RECORDED = "paymentRecorded";
    public static final String FIGURES_MOVED = "figuresMoved";

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

    @Inject
    @Push(channel = "figures")
    PushContext figures;

    private final Consumer<PushEvent> subscriber = this::forward;

    private final Object sending = new Object();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        forgetEarlierDeploymentsSockets();
        relay.subscribe(subscriber);
    }

    /**
     * Mojarra (a server module, shared by every deployment) caches its websocket session manager in a static
     * field the first time a socket opens. After a redeployment that cached manager belongs to the undeployed
     * application: browsers register with it while this application pushes to its own, and no push arrives.
     * Clearing the cache at start makes the next socket find this deployment's manager.
     */
    private static void forgetEarlierDeploymentsSockets() {
        try {
            Field cached = Class.forName("com.sun.faces.push.WebsocketSessionManager", true,
                    Thread.currentThread().getContextClassLoader()).getDeclaredField("instance");
            cached.setAccessible(true);
            cached.set(null, null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not reset the Faces websocket session cache; after a redeployment,"
                    + " live updates may need a server restart", e);
        }
    }

    @PreDestroy
    void stop() {
        relay.unsubscribe(subscriber);
    }

    /**
     * One push at a time, each written before the next starts. Commits on several threads (the payment MDB runs
     * four) pushed at once, and a socket given a second message while still writing the first lost one of them
     * without a word: 5 of 3,250 in the webhook benchmark. Writing to local sockets takes well under a
     * millisecond, so the wait costs the committing threads next to nothing.
     */
    private void forward(PushEvent change) {
        synchronized (sending) {
            Set<Future<Void>> written = switch (change.topic()) {
                case COMMUNICATION -> communication.send(STATUS_CHANGED);
                case MONEY -> documents.send(PAYMENT_RECORDED);
                case NOTIFICATIONS -> notifications.send(NOTIFICATIONS_CHANGED, change.user());
                case FIGURES -> figures.send(FIGURES_MOVED);
            };
            for (Future<Void> write : written) {
                try {
                    write.get(2, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    LOG.log(Level.FINE, "A push did not reach one open page; it reconnects and re-reads", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
