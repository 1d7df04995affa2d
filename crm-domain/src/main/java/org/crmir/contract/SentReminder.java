package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder that was sent, unique per contract and reminder key: written in the transaction that notifies the
 * owner and queues the email, so a second run, a retry or another node sends nothing more.
 */
@Entity
@Table(name = "contract_reminders")
public class SentReminder implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "reminder_key", nullable = false, length = 60, updatable = false)
    private String reminderKey;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 500, updatable = false)
    private String subject;

    @Column(name = "recipient", length = 64, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "interaction_id")
    private Long interactionId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    public SentReminder(long contractId, DueReminder reminder, String recipient, Instant now) {
        this.contractId = contractId;
        this.reminderKey = reminder.key();
        this.dueDate = reminder.date();
        this.subject = reminder.subject().length() > 500 ? reminder.subject().substring(0, 500) : reminder.subject();
        this.recipient = recipient;
        this.sentAt = now;
    }

    public void emailedAs(long interaction) {
        this.interactionId = interaction;
    }

    public Long getId() { return id; }
    public Long getContractId() { return contractId; }
    public String getReminderKey() { return reminderKey; }
    public LocalDate getDueDate() { return dueDate; }
    public String getSubject() { return subject; }
    public String getRecipient() { return recipient; }
    public Long getInteractionId() { return interactionId; }
    public Instant getSentAt() { return sentAt; }
}
