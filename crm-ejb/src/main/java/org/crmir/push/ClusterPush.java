package org.crmir.push;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On a cluster (the HA profile sets {@code crmir.cluster}), publishes each committed change to the other nodes on
 * the topic {@code crm.push}; {@link PushesFromOtherNodes} hands them to that node's pages and figures. A push is
 * "look again" and worth nothing a second later: non-persistent, and a lost one is made up by the pages' re-read
 * after a socket drop and the figures' expiry.
 */
@ApplicationScoped
public class ClusterPush {

    private static final Logger LOG = Logger.getLogger(ClusterPush.class.getName());

    static final String ORIGIN = "origin";
    static final String TOPIC = "topic";
    static final String USER = "user";
    static final String DETAIL = "detail";

    /** This node's name, as WildFly knows it: a node skips what it published itself. */
    static String thisNode() {
        return System.getProperty("jboss.node.name", "");
    }

    private final boolean clustered = Boolean.getBoolean("crmir.cluster");

    /**
     * The broker's own factory, not the pooled JCA one: this runs after the commit, outside any transaction, and
     * one context kept open costs no connection per change.
     */
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = "java:/jms/topic/crm.push")
    Topic topic;

    /** A push older than this is worth nothing: a node that was down re-reads its pages when it starts anyway. */
    static final long TIME_TO_LIVE_MILLIS = 5_000;

    /** Pushes waiting for the sender; past this the oldest are dropped (a burst is worth its last pushes). */
    static final int QUEUED = 1_000;

    /**
     * The pushes are sent by one thread of their own, so a slow or absent broker never holds a committing thread
     * (a webhook's, a page's); the context is that thread's alone.
     */
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService sender;
    private JMSContext context;
    /** While publishing fails: the outage is logged when it starts and when it ends, not per change. */
    private boolean failing;

    @PostConstruct
    void start() {
        if (clustered) {
            sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), threads,
                    new ThreadPoolExecutor.DiscardOldestPolicy());
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushEvent change) {
        if (!clustered || change instanceof PushedElsewhere) {
            return;
        }
        try {
            sender.execute(() -> send(change));
        } catch (RejectedExecutionException stopping) {
            // the application is stopping: the other nodes' pages see the change at their next read
        }
    }

    private void send(PushEvent change) {
        try {
            publish(change);
        } catch (JMSRuntimeException first) {
            close(); // a broken connection: one more try on a new one
            try {
                publish(change);
            } catch (JMSRuntimeException e) {
                close();
                if (!failing) {
                    failing = true;
                    LOG.log(Level.WARNING, "Changes are not pushed to the other nodes until the broker answers"
                            + " again; their pages show them at their next read", e);
                }
                return;
            }
        }
        if (failing) {
            failing = false;
            LOG.info("Changes are pushed to the other nodes again");
        }
    }

    private void publish(PushEvent change) {
        if (context == null) {
            context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        }
        context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).setTimeToLive(TIME_TO_LIVE_MILLIS)
                .setProperty(ORIGIN, thisNode())
                .setProperty(TOPIC, change.topic().name())
                .setProperty(USER, change.user())
                .setProperty(DETAIL, change.detail())
                .send(topic, "");
    }

    @PreDestroy
    void stop() {
        if (sender != null) {
            sender.shutdown();
            try {
                sender.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sender.shutdownNow();
        }
        close();
    }

    private void close() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                LOG.log(Level.FINE, "Closing the cluster push connection failed", e);
            }
            context = null;
        }
    }
}
