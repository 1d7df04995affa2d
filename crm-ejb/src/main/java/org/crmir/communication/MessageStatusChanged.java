package org.crmir.communication;

import java.io.Serializable;
import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/** An outbound message moved to a new status; screens that show it refresh once the change is committed. */
public record MessageStatusChanged(long interactionId, long clientId, DeliveryStatus status, String author)
        implements Serializable, PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.COMMUNICATION;
    }
}
