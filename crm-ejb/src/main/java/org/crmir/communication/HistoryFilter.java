package org.crmir.communication;

import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.ClientOwner;

/**
 * What the history (or a client's timeline) is narrowed to; null fields are ignored. {@code sender} and
 * {@code recipient} match the start of the address or name; {@code from} is inclusive, {@code to} exclusive;
 * {@code owner} is the client's owner.
 */
public record HistoryFilter(String sender, String recipient, Channel channel, DeliveryStatus status, Instant from,
        Instant to, Direction direction, ClientOwner owner) implements Serializable {

    /** The filters the history had first: sender, recipient, channel, status and times. */
    public HistoryFilter(String sender, String recipient, Channel channel, DeliveryStatus status, Instant from,
            Instant to) {
        this(sender, recipient, channel, status, from, to, null, null);
    }

    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null, null, null);
    }
}
