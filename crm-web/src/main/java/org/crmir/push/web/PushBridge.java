package org.crmir.push.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.push.PushEvent;
import org.crmir.push.PushRelay;

/**
 * Subscribes to {@link PushRelay} when the application starts and turns committed changes into Faces websocket
 * pushes: {@code communication} (application-wide: timelines and the history page), {@code documents}
 * (application-wide: invoice and client pages when money moves), {@code notifications} (per user: the bell) and
 * {@code reports} (application-wide: the finance reports page) and
 * {@code figures} (application-wide: dashboards and analytics, coalesced by {@link PushCoalescer}: at most one
 * push per {@link #FIGURES_GAP_MILLIS} ms, the last change always pushed). A push carries no data, only "look
 * again": the page re-reads what its user may see.
 */
@ApplicationScoped
public class PushBridge {

    private static final Logger LOG = Logger.getLogger(PushBridge.class.getName());

    public static final String STATUS_CHANGED = "statusChanged";
    public static final String NOTIFICATIONS_CHANGED = "notificationsChanged";
    public static final String PAYMENT_RECORDED = "paymentRecorded";
    public static final String FIGURES_MOVED = "figuresMoved";
    public static final String REPORTS_CHANGED = "reportsChanged";

    /**
     * Figures move with every payment, and at 50 payments a second each push would make every open dashboard
     * re-read 50 times a second; four redraws a second look live and cost a twelfth.
     */
    static final long FIGURES_GAP_MILLIS = 250;

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

    @Inject
    @Push(channel = "reports")
    PushContext reports;

    /** Plans the trailing push of a burst of figure changes; no thread of ours waits for it. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final PushCoalescer figuresPace = new PushCoalescer(TimeUnit.MILLISECONDS.toNanos(FIGURES_GAP_MILLIS));

    private volatile ScheduledFuture<?> trailingFiguresPush;

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
        ScheduledFuture<?> planned = trailingFiguresPush;
        if (planned != null) {
            planned.cancel(false);
        }
    }

    private void forward(PushEvent change) {
        switch (change.topic()) {
            case COMMUNICATION -> send(() -> communication.send(STATUS_CHANGED));
            case MONEY -> send(() -> documents.send(PAYMENT_RECORDED));
            case NOTIFICATIONS -> send(() -> notifications.send(NOTIFICATIONS_CHANGED, change.user()));
            case FIGURES -> figuresMoved();
            case REPORTS -> send(() -> reports.send(REPORTS_CHANGED));
            case SESSIONS -> {
                // SignedInSessions ends them and tells their pages itself
            }
        }
    }

    private void figuresMoved() {
        long now = System.nanoTime();
        switch (figuresPace.changed(now)) {
            case PUSH_NOW -> sendFigures();
            case PLAN_TRAILING_PUSH -> planTrailingFiguresPush(figuresPace.trailingDelay(now));
            case CARRIED_BY_PLANNED_PUSH -> {
                // the planned push goes out after this change was committed, so the pages read it then
            }
        }
    }

    private void planTrailingFiguresPush(long delayNanos) {
        try {
            trailingFiguresPush = scheduler.schedule(this::trailingFiguresPushDue, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down, or no scheduler thread: push at once rather than leave the last change unshown.
            LOG.log(Level.FINE, "Could not plan the trailing figures push; pushing now", e);
            trailingFiguresPushDue();
        }
    }

    private void trailingFiguresPushDue() {
        if (figuresPace.due(System.nanoTime())) {
            sendFigures();
        }
    }

    private void sendFigures() {
        send(() -> figures.send(FIGURES_MOVED));
    }

    /**
     * One push at a time, each written before the next starts. Commits on several threads (the payment MDB runs
     * four) pushed at once, and a socket given a second message while still writing the first lost one of them
     * without a word: 5 of 3,250 in the webhook benchmark. Writing to local sockets takes well under a
     * millisecond, so the wait costs the committing threads next to nothing. Trailing figures pushes, sent from
     * the scheduler's thread, and {@link PushKeepAlive}'s pings queue here like the rest.
     */
    void send(Supplier<Set<Future<Void>>> push) {
        synchronized (sending) {
            Set<Future<Void>> written = push.get();
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
