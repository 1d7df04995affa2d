package org.crmir.communication;

import java.io.Serializable;
import java.time.Instant;

/** One line of the timeline or the history, read in one query with its client's name. */
public record InteractionRow(Long id, Long clientId, String clientName, Channel channel, Direction direction,
        String sender, String recipient, String subject, Instant occurredAt, DeliveryStatus status,
        String errorText, int attempts, String author) implements Serializable {

    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public String getClientName() { return clientName; }
    public Channel getChannel() { return channel; }
    public Direction getDirection() { return direction; }
    public String getSender() { return sender; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public Instant getOccurredAt() { return occurredAt; }
    public DeliveryStatus getStatus() { return status; }
    public String getErrorText() { return errorText; }
    public int getAttempts() { return attempts; }
    public String getAuthor() { return author; }

    public boolean isRetryable() {
        return status == DeliveryStatus.FAILED;
    }
}
