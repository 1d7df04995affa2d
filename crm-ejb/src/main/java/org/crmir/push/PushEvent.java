package org.crmir.push;

/**
 * A change that open screens should re-read once it is committed. A feature's CDI event implements this, so
 * that {@link PushRelay} passes it on without knowing the feature.
 */
public interface PushEvent {

    /** Which screens re-read. */
    PushTopic topic();

    /** The one user whose screens re-read, or null for every screen of the topic. */
    default String user() {
        return null;
    }

    /** What else the other nodes of a cluster must know of the change, as text (such as which figures moved). */
    default String detail() {
        return null;
    }
}
