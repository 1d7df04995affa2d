package org.crmir.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.crmir.shared.Limits;
import org.crmir.shared.Money;
import org.crmir.shared.Text;

/** A correction of an issued invoice: reduces its balance by an amount, with a reason and its own number. */
@Entity
@Table(name = "credit_notes")
public class CreditNote implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30, unique = true, updatable = false)
    private String number;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CreditNote() {
    }

    public CreditNote(String number, Invoice invoice, Money amount, String reason, LocalDate issueDate,
            String createdBy, Instant now) {
        this.number = number;
        this.invoiceId = invoice.getId();
        this.clientId = invoice.getClientId();
        this.currency = amount.currency();
        this.amount = amount.amount();
        this.reason = Text.clean(reason) == null ? "Correction" : Limits.text("reason", Text.clean(reason), 500);
        this.issueDate = issueDate;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getInvoiceId() { return invoiceId; }
    public Long getClientId() { return clientId; }
    public Money getAmount() { return Money.of(amount, currency); }
    public String getCurrency() { return currency; }
    public String getReason() { return reason; }
    public LocalDate getIssueDate() { return issueDate; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
