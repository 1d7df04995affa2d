package org.crmir.financereport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.Text;

/**
 * One e-mail of a schedule's firing: its outputs to a recipient, or the notice of a failed run to the schedule's
 * owner; to whom, and how it went (queued, sending, sent, failed with why), when. These e-mails are no client's
 * conversation, so they are recorded here, with the firing and so its runs, not in the communication history.
 */
@Entity
@Table(name = "report_deliveries")
public class ReportDelivery implements Serializable {

    public enum Purpose { OUTPUTS, NOTICE }

    public enum Status { QUEUED, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firing_id", nullable = false, updatable = false)
    private long firingId;

    @Column(nullable = false, length = ScheduleDraft.ADDRESS_MAX, updatable = false)
    private String recipient;

    @Column(length = 64, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(nullable = false, length = 255, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    /** Whether the outputs go as attachments (false: as links, too big to attach). */
    @Column(nullable = false, updatable = false)
    private boolean attach;

    @Column(length = 500)
    private String error;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ReportDelivery() {
    }

    public ReportDelivery(long firingId, String recipient, String username, Purpose purpose, String subject,
            String body, boolean attach, Instant now) {
        this.firingId = firingId;
        this.recipient = recipient;
        this.username = username;
        this.purpose = purpose;
        this.status = Status.QUEUED;
        this.subject = Text.cut(subject, 255);
        this.body = body;
        this.attach = attach;
        this.updatedAt = now;
    }

    /** One attempt starts; false when there is nothing to send (sent already, or failed for good). */
    public boolean startSending(Instant now) {
        if (status == Status.SENT || status == Status.FAILED) {
            return false;
        }
        status = Status.SENDING;
        updatedAt = now;
        return true;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        error = null;
        sentAt = now;
        updatedAt = now;
    }

    /** A transient failure: queued again, to be tried after the broker's delay. */
    public void retryLater(String why, Instant now) {
        status = Status.QUEUED;
        error = shortened(why);
        updatedAt = now;
    }

    /** The end: FAILED with why, unless it was sent. */
    public boolean failed(String why, Instant now) {
        if (status == Status.SENT || status == Status.FAILED) {
            return false;
        }
        status = Status.FAILED;
        error = shortened(why);
        updatedAt = now;
        return true;
    }

    private static String shortened(String why) {
        return Text.cut(why, 500);
    }

    public Long getId() { return id; }
    public long getFiringId() { return firingId; }
    public String getRecipient() { return recipient; }
    public String getUsername() { return username; }
    public Purpose getPurpose() { return purpose; }
    public Status getStatus() { return status; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public boolean isAttach() { return attach; }
    public String getError() { return error; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSentAt() { return sentAt; }
}
