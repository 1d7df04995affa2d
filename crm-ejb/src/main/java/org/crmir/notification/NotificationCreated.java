package org.crmir.notification;

import java.io.Serializable;
import org.crmir.push.PushEvent;
import org.crmir.push.PushTopic;

/** A user's notifications changed (one added, or read); their bell refreshes once it is committed. */
public record NotificationCreated(String username) implements Serializable, PushEvent {

    @Override
    public PushTopic topic() {
        return PushTopic.NOTIFICATIONS;
    }

    @Override
    public String user() {
        return username;
    }
}
