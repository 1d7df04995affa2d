package org.crmir.communication;

import java.util.Optional;

/**
 * A feature's own e-mails, which are no client's conversation (a schedule's report outputs, say) and so are
 * recorded by the feature, not in the communication history. The feature queues one with {@link Outboxes#queue};
 * {@link OutboundMailDispatcher} then sends it as it sends every e-mail (after the queuing transaction commits,
 * retried while the mail server is away) and tells the outbox each step, which it commits on its own (each
 * method in a transaction of its own), so that a redelivery after a send finds it sent and sends nothing.
 * An implementation is a local bean of the feature, called with no caller ({@code @PermitAll}).
 */
public interface Outbox {

    /** The outbox's name, carried by its messages. */
    String name();

    /** What to send for e-mail {@code id}, claimed for one attempt; empty when there is nothing to send. */
    Optional<OutgoingMail> claim(long id);

    void sent(long id);

    /** A transient failure: the broker delivers the message again after its delay. */
    void retryLater(long id, String error);

    /** The end: a permanent failure, the last attempt, or the queue gave up. */
    void failed(long id, String error);
}
