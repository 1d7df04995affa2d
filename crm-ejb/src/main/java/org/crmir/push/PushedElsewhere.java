package org.crmir.push;

import java.io.Serializable;

/**
 * A change committed on another node of the cluster, as {@link ClusterPush} carried it: this node's observers of
 * {@link PushEvent} (its open pages, its kept figures) take it as they take their own node's changes.
 */
public record PushedElsewhere(PushTopic topic, String user, String detail) implements Serializable, PushEvent {
}
