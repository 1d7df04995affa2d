package org.crmir.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * A mail read from CRMir's mailbox, kept once by its Message-ID so that reading it again (after a crash, or by a
 * second server) never logs it twice, with what became of it.
 */
@Entity
@Table(name = "inbound_mail")
public class InboundMail implements Serializable {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, length = 255, updatable = false)
    private String messageId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, length = 254, updatable = false)
    private String sender;

    @Column(length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InboundOutcome outcome;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "interaction_id")
    private Long interactionId;

    @Column(name = "filed_by", length = 64)
    private String filedBy;

    @Version
    private long version;

    protected InboundMail() {
    }

    public InboundMail(String messageId, Instant receivedAt, String sender, String subject, String body,
            InboundOutcome outcome) {
        this.messageId = Text.cut(messageId, 255);
        this.receivedAt = receivedAt;
        this.sender = Text.cut(sender == null ? "(unknown sender)" : sender, 254);
        this.subject = Text.cut(Text.clean(subject), MAX_SUBJECT);
        this.body = Text.cut(body, MAX_BODY);
        this.outcome = outcome;
    }

    /** Logged on {@code client} as {@code interaction}, by the mailbox reader or by {@code person} from triage. */
    public void logged(long client, long interaction, String person) {
        if (outcome != InboundOutcome.TRIAGE && outcome != InboundOutcome.LOGGED) {
            throw new RuleViolationException("This mail was " + outcome.name().toLowerCase() + " already");
        }
        this.outcome = InboundOutcome.LOGGED;
        this.clientId = client;
        this.interactionId = interaction;
        this.filedBy = person;
    }

    public void discard(String person) {
        if (outcome != InboundOutcome.TRIAGE) {
            throw new RuleViolationException("Only mail waiting in triage can be discarded");
        }
        this.outcome = InboundOutcome.DISCARDED;
        this.filedBy = person;
    }

    public Long getId() { return id; }
    public String getMessageId() { return messageId; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public InboundOutcome getOutcome() { return outcome; }
    public Long getClientId() { return clientId; }
    public Long getInteractionId() { return interactionId; }
    public String getFiledBy() { return filedBy; }
}
