package org.crmir.notification;

/** A user has a new notification; their bell refreshes once it is committed. */
public record NotificationCreated(String username) {
}
