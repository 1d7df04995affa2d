package org.crmir.invoice;

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
 * A payment reminder sent for an unpaid invoice, unique per invoice and reminder number (1 for the first): written
 * in the transaction that queues its e-mail and SMS, so a second run, a retry or another node sends nothing more.
 */
@Entity
@Table(name = "invoice_reminders")
public class InvoiceReminder implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    /** 1 for the first reminder of the schedule, 2 for the second… */
    @Column(name = "reminder", nullable = false, updatable = false)
    private int reminder;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    /** The e-mail in the client's history; null when the client has no e-mail address. */
    @Column(name = "email_id")
    private Long emailId;

    /** The SMS in the client's history; null when none was sent. */
    @Column(name = "sms_id")
    private Long smsId;

    protected InvoiceReminder() {
    }

    public InvoiceReminder(long invoiceId, int reminder, LocalDate sentOn, Instant sentAt) {
        this.invoiceId = invoiceId;
        this.reminder = reminder;
        this.sentOn = sentOn;
        this.sentAt = sentAt;
    }

    public void sentAs(Long email, Long sms) {
        this.emailId = email;
        this.smsId = sms;
    }

    public Long getId() { return id; }
    public Long getInvoiceId() { return invoiceId; }
    public int getReminder() { return reminder; }
    public LocalDate getSentOn() { return sentOn; }
    public Instant getSentAt() { return sentAt; }
    public Long getEmailId() { return emailId; }
    public Long getSmsId() { return smsId; }
}
