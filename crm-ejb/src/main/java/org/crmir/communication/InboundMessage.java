package org.crmir.communication;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mail as read from the mailbox, reduced to what CRMir keeps and matches on.
 *
 * @param messageId  its Message-ID (or one made from its headers when it has none)
 * @param threading  its In-Reply-To and References headers, joined
 * @param everything the whole message as text, where a bounce carries the returned message's headers
 */
public record InboundMessage(String messageId, Instant receivedAt, String from, String to, String subject,
        String body, String contentType, String threading, String everything) implements Serializable {
}
