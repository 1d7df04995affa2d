package org.crmir.communication;

import java.time.Instant;

/**
 * What the history (or a client's timeline) is narrowed to; null fields are ignored. {@code sender} and
 * {@code recipient} match the start of the address or name; {@code from} is inclusive, {@code to} exclusive.
 */
public record HistoryFilter(String sender, String recipient, Channel channel, DeliveryStatus status, Instant from,
        Instant to) {

    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null, null, null);
    }
}
