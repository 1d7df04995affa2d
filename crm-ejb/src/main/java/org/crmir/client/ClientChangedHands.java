package org.crmir.client;

import java.io.Serializable;

/**
 * Fired, in the transaction that saves it, when a client gets another owner ({@code ownerId} null: none), after
 * the client row is written and locked: what carries the client's owner (an invoice's owner, V83) follows it in
 * the same transaction, without this package knowing what that is.
 */
public record ClientChangedHands(long clientId, Long ownerId) implements Serializable {
}
