package org.crmir.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * One entry of the communication history: who talked to whom, when, about what, and how it went. Outbound
 * emails are interactions too, so that the history shows them next to calls and meetings.
 */
@Entity
@Table(name = "interactions")
public class Interaction implements Serializable {

    public static final int MAX_BODY = 20_000;
    public static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "contact_id", updatable = false)
    private Long contactId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Direction direction;

    @NotBlank(message = "Sender is required")
    @Size(max = 254)
    @Column(nullable = false, length = 254, updatable = false)
    private String sender;

    @NotBlank(message = "Recipient is required")
    @Size(max = 254)
    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Size(max = 200)
    @Column(length = 200, updatable = false)
    private String subject;

    @Size(max = MAX_BODY)
    @Lob
    @Column(updatable = false)
    private String body;

    @NotNull
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(name = "error_text", length = MAX_ERROR)
    private String errorText;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "related_type", length = 20, updatable = false)
    private RelatedDocument relatedType;

    @Column(name = "related_id", updatable = false)
    private Long relatedId;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The SMS gateway's id of the message, by which its delivery reports find it. */
    @Column(name = "gateway_message_id", length = 100)
    private String gatewayMessageId;

    @Version
    private long version;

    protected Interaction() {
    }

    private Interaction(long clientId, Channel channel, Direction direction, String sender, String recipient,
            String subject, String body, Instant occurredAt, DeliveryStatus status, String author) {
        this.clientId = clientId;
        this.channel = channel;
        this.direction = direction;
        this.sender = Text.clean(sender);
        this.recipient = Text.clean(recipient);
        this.subject = Text.clean(subject);
        this.body = body;
        this.occurredAt = occurredAt;
        this.status = status;
        this.author = author;
    }

    /** A call, meeting, note, email or SMS that happened outside CRMir and is written down here. */
    public static Interaction recorded(long clientId, Channel channel, Direction direction, String sender,
            String recipient, String subject, String body, Instant occurredAt, String author) {
        return new Interaction(clientId, channel, direction, sender, recipient, subject, body, occurredAt,
                DeliveryStatus.RECORDED, author);
    }

    /** An email CRMir is to send; it waits in the queue until the dispatcher takes it. */
    public static Interaction outboundEmail(long clientId, String from, String to, String subject, String body,
            Instant now, String author) {
        Interaction mail = new Interaction(clientId, Channel.EMAIL, Direction.OUTBOUND, from,
                to == null ? null : to.strip().toLowerCase(Locale.ROOT), subject, body, now, DeliveryStatus.QUEUED,
                author);
        return mail;
    }

    /** An SMS CRMir is to send to {@code to} (a phone number in international form); it waits in the queue. */
    public static Interaction outboundSms(long clientId, String from, String to, String text, Instant now,
            String author) {
        return new Interaction(clientId, Channel.SMS, Direction.OUTBOUND, from, to, null, text, now,
                DeliveryStatus.QUEUED, author);
    }

    /** The SMS gateway took the message under {@code gatewayId}. */
    public void sentAs(String gatewayId, Instant now) {
        sent(now);
        this.gatewayMessageId = gatewayId;
    }

    /** The gateway's delivery report: on the phone ({@code reason} null), or not deliverable, and why. */
    public void reported(DeliveryStatus outcome, String reason) {
        moveTo(outcome);
        this.errorText = outcome == DeliveryStatus.FAILED ? clip(reason == null ? "not delivered" : reason) : null;
    }

    public void concern(Long contact, RelatedDocument type, Long documentId) {
        this.contactId = contact;
        if ((type == null) != (documentId == null)) {
            throw new RuleViolationException("A related document needs both its kind and its id");
        }
        this.relatedType = type;
        this.relatedId = documentId;
    }

    /** The dispatcher takes the message: one more attempt begins. */
    public void startSending() {
        moveTo(DeliveryStatus.SENDING);
        attempts++;
    }

    /** The mail server accepted the message. */
    public void sent(Instant now) {
        moveTo(DeliveryStatus.SENT);
        this.sentAt = now;
        this.errorText = null;
    }

    /** A failure worth another attempt: back in the queue, with the error kept for the user to see. */
    public void retryLater(String error) {
        moveTo(DeliveryStatus.QUEUED);
        this.errorText = clip(error);
    }

    /** No more attempts: the message is FAILED with the server's error. */
    public void fail(String error) {
        moveTo(DeliveryStatus.FAILED);
        this.errorText = clip(error);
    }

    /** The receiving server sent the message back: it never reached its reader. */
    public void bounced(String reason) {
        moveTo(DeliveryStatus.BOUNCED);
        this.errorText = clip(reason);
    }

    /** The user's "retry" of a failed message. */
    public void requeue() {
        moveTo(DeliveryStatus.QUEUED);
    }

    public boolean isOutbound() {
        return status != DeliveryStatus.RECORDED;
    }

    private void moveTo(DeliveryStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("A message that is " + status.name().toLowerCase(Locale.ROOT)
                    + " cannot become " + target.name().toLowerCase(Locale.ROOT));
        }
        this.status = target;
    }

    private static String clip(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public Long getContactId() { return contactId; }
    public Channel getChannel() { return channel; }
    public Direction getDirection() { return direction; }
    public String getSender() { return sender; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getOccurredAt() { return occurredAt; }
    public DeliveryStatus getStatus() { return status; }
    public String getErrorText() { return errorText; }
    public String getGatewayMessageId() { return gatewayMessageId; }
    public int getAttempts() { return attempts; }
    public String getAuthor() { return author; }
    public RelatedDocument getRelatedType() { return relatedType; }
    public Long getRelatedId() { return relatedId; }
    public Instant getSentAt() { return sentAt; }
    public long getVersion() { return version; }
}
