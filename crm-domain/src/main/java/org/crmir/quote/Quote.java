package org.crmir.quote;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PricedDocument;
import org.crmir.shared.RuleViolationException;

/**
 * A priced offer to a client, valid until a date. Sending it numbers it and gives it a public token, with which
 * the client accepts or declines without signing in. An accepted quote converts into a draft invoice.
 */
@Entity
@Table(name = "quotes")
public class Quote extends PricedDocument<QuoteLine> implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 30, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuoteStatus status = QuoteStatus.DRAFT;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "public_token", length = 64, unique = true)
    private String publicToken;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    public Quote(long clientId, String currency, LocalDate validUntil, String createdBy, Instant now) {
        super(clientId, currency, createdBy, now);
        this.validUntil = validUntil;
    }

    @Override
    protected List<QuoteLine> lines() {
        return lines;
    }

    @Override
    protected QuoteLine newLine() {
        return new QuoteLine(this);
    }

    @Override
    protected void checkEditable() {
        if (status != QuoteStatus.DRAFT) {
            throw new RuleViolationException("Quote " + number + " is " + describe(status)
                    + " and can no longer be changed");
        }
    }

    public void validUntil(LocalDate date, LocalDate today) {
        checkEditable();
        if (date == null || date.isBefore(today)) {
            throw new InvalidInputException("validUntil", "must be today or later");
        }
        this.validUntil = date;
    }

    /** Checked before a number is taken, so that a refused send never consumes one. */
    public void checkSendable(LocalDate today) {
        if (status != QuoteStatus.DRAFT) {
            throw new RuleViolationException("Quote " + number + " was already sent");
        }
        if (lines.isEmpty()) {
            throw new RuleViolationException("A quote needs at least one line before it is sent");
        }
        if (validUntil.isBefore(today)) {
            throw new InvalidInputException("validUntil", "is in the past; choose a later date before sending");
        }
    }

    public void send(String assignedNumber, String token, Instant now) {
        moveTo(QuoteStatus.SENT);
        this.number = assignedNumber;
        this.publicToken = token;
        this.sentAt = now;
    }

    public void accept(Instant now, LocalDate today) {
        if (status == QuoteStatus.SENT && validUntil.isBefore(today)) {
            throw new RuleViolationException("Quote " + number + " expired on " + validUntil);
        }
        moveTo(QuoteStatus.ACCEPTED);
        this.decidedAt = now;
    }

    public void decline(Instant now) {
        moveTo(QuoteStatus.DECLINED);
        this.decidedAt = now;
    }

    /**
     * Past its validity and still waiting for an answer: EXPIRED, decided at the start of the day after its last
     * valid day (whenever the timer saw it), so that expiries count on the day they happened. Returns whether it
     * moved.
     */
    public boolean expireIfPast(LocalDate today) {
        if (status == QuoteStatus.SENT && validUntil.isBefore(today)) {
            this.status = QuoteStatus.EXPIRED;
            this.decidedAt = validUntil.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            return true;
        }
        return false;
    }

    public void convertedInto(long newInvoiceId) {
        moveTo(QuoteStatus.CONVERTED);
        this.invoiceId = newInvoiceId;
    }

    public void checkConvertible() {
        if (status != QuoteStatus.ACCEPTED) {
            throw new RuleViolationException("Only an accepted quote can be converted; " + number + " is "
                    + describe(status));
        }
    }

    private void moveTo(QuoteStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("Quote " + (number == null ? "draft" : number) + " is "
                    + describe(status) + " and cannot become " + describe(target));
        }
        this.status = target;
    }

    private static String describe(QuoteStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("status", status.name());
        fields.put("validUntil", String.valueOf(validUntil));
        fields.put("lines", Integer.toString(lines.size()));
        fields.put("total", getTotal().toString());
        fields.put("invoice", invoiceId == null ? null : invoiceId.toString());
        return fields;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public QuoteStatus getStatus() { return status; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getPublicToken() { return publicToken; }
    public Instant getSentAt() { return sentAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getInvoiceId() { return invoiceId; }
}
