package org.crmir.communication;

import java.io.Serializable;

/**
 * An e-mail about a user's account ({@link AccountMailer}) could not be sent and will not be tried again: the mail
 * server refused it, or every attempt failed. Fired by the transaction that gives up on it, so that its sender
 * (identity, which communication does not know) records the failure and tells whoever asked for the e-mail; the
 * sender does so in a transaction of its own, and only a database outage comes back to the one that fired it.
 *
 * @param reference what the sender passed to {@link AccountMailer#send}, to find what it mailed
 * @param to the address it was for
 * @param error why it failed, in the mail server's words
 */
public record AccountMailFailed(String reference, String to, String error) implements Serializable {
}
