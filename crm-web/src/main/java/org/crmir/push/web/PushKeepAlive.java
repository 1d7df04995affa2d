package org.crmir.push.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps open pages' push sockets open while nothing is pushed. The server closes a websocket it has read nothing
 * from for its idle timeout (Undertow's {@value #IDLE_TIMEOUT_PROPERTY}, set by server-config), and a write after
 * as long a silence fails too. The browser's Faces client then reconnects and the page re-reads, but a push sent
 * in the gap was lost. So every open socket is pinged every third of that timeout: the ping is a write, and every
 * browser answers it with a pong, which the server reads. A socket whose browser is gone fails its ping and is
 * closed as before.
 */
@ApplicationScoped
public class PushKeepAlive {

    private static final Logger LOG = Logger.getLogger(PushKeepAlive.class.getName());

    /** Milliseconds; server-config sets it from {@code CRMIR_PUSH_IDLE_TIMEOUT_MS}. Unset or 0: no idle timeout. */
    static final String IDLE_TIMEOUT_PROPERTY = "io.undertow.websockets.core.read-timeout";

    /** Pings are cheap (two bytes each way); more often than this would be noise. */
    private static final long SHORTEST_INTERVAL_MILLIS = 200;

    private static final ByteBuffer PING = ByteBuffer.allocate(0);

    @Inject
    PushBridge bridge;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ServerContainer sockets;

    private volatile ScheduledFuture<?> pinging;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        long interval = pingInterval(System.getProperty(IDLE_TIMEOUT_PROPERTY));
        sockets = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
        if (interval > 0 && sockets != null) {
            pinging = scheduler.scheduleWithFixedDelay(this::pingOpenSockets, interval, interval,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** A third of the idle timeout, so that even a late ping and its pong come well within it; 0: no pinging. */
    static long pingInterval(String idleTimeoutMillis) {
        long idle;
        try {
            idle = idleTimeoutMillis == null ? 0 : Long.parseLong(idleTimeoutMillis.trim());
        } catch (NumberFormatException e) {
            LOG.warning(() -> IDLE_TIMEOUT_PROPERTY + " is not a number of milliseconds: '" + idleTimeoutMillis
                    + "'; idle push sockets are not kept open");
            return 0;
        }
        return idle <= 0 ? 0 : Math.max(idle / 3, SHORTEST_INTERVAL_MILLIS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> planned = pinging;
        if (planned != null) {
            planned.cancel(false);
        }
    }

    /** Pings go through the bridge's one-at-a-time writing, so that a ping never interleaves with a push. */
    private void pingOpenSockets() {
        try {
            List<Session> open = openSessions();
            bridge.send(() -> {
                for (Session session : open) {
                    ping(session);
                }
                return Set.of();
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot ping the open push sockets, so no longer tries; idle ones will be closed"
                    + " and reconnect, and their pages re-read", e);
            stop();
        }
    }

    private static void ping(Session session) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getAsyncRemote().sendPing(PING.duplicate());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "A push socket could not be pinged; its page reconnects and re-reads", e);
        }
    }

    /**
     * The open sessions of every server endpoint of this application (the Faces push endpoint is the only one).
     * The standard API gives a session its siblings but offers no list; Undertow's container has one, read
     * through its public methods.
     */
    private List<Session> openSessions() {
        List<Session> open = new ArrayList<>();
        try {
            Collection<?> endpoints = (Collection<?>) sockets.getClass().getMethod("getConfiguredServerEndpoints")
                    .invoke(sockets);
            for (Object endpoint : endpoints) {
                for (Object session : (Collection<?>) endpoint.getClass().getMethod("getOpenSessions")
                        .invoke(endpoint)) {
                    open.add((Session) session);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The websocket container has no list of open sessions: "
                    + sockets.getClass().getName(), e);
        }
        return open;
    }
}
