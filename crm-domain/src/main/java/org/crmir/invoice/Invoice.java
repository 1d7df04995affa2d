package org.crmir.invoice;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmir.invoice.PaymentRefusal.Reason;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.PricedDocument;
import org.crmir.shared.RuleViolationException;

/**
 * An invoice. Edited freely while DRAFT; issuing freezes it, gives it its number and due date. Its balance is
 * the total less credit notes and payments.
 */
@Entity
@Table(name = "invoices")
public class Invoice extends PricedDocument<InvoiceLine> implements Serializable {

    public static final String DEFAULT_SERIES = "INV";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String series = DEFAULT_SERIES;

    @Column(length = 30, unique = true)
    private String number;

    /** The key of the invoice's public pay link; given when it is issued, unguessable, never reused. */
    @Column(name = "pay_token", length = 64, unique = true)
    private String payToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvoiceStatus status = InvoiceStatus.DRAFT;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(name = "credited_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal creditedTotal = BigDecimal.ZERO;

    @Column(name = "paid_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal paidTotal = BigDecimal.ZERO;

    /** The day the invoice was settled (PAID): when the money or credit that settled it came; null while open. */
    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "source_quote_id", updatable = false)
    private Long sourceQuoteId;

    /**
     * The client's owner (a user id), copied so that an owner's lists read the invoices alone (V83). Written once
     * here; when the client changes hands, the invoices follow in SQL, never through this field.
     */
    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(long clientId, String currency, int paymentTermsDays, String createdBy, Instant now) {
        super(clientId, currency, createdBy, now);
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw new InvalidInputException("paymentTermsDays", "must be between 0 and 365 days");
        }
        this.paymentTermsDays = paymentTermsDays;
    }

    /** A draft made from an accepted quote: same lines, a link back. */
    public static Invoice fromQuote(long quoteId, long clientId, String currency, int paymentTermsDays,
            List<org.crmir.shared.LineInput> lines, String notes, String terms, String createdBy, Instant now) {
        Invoice invoice = new Invoice(clientId, currency, paymentTermsDays, createdBy, now);
        invoice.sourceQuoteId = quoteId;
        invoice.replaceLines(lines);
        invoice.annotate(notes, terms);
        return invoice;
    }

    /** Before it is stored: the owner its client has now ({@code null}: the client has none). */
    public void ownedBy(Long userId) {
        this.ownerId = userId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    @Override
    protected List<InvoiceLine> lines() {
        return lines;
    }

    @Override
    protected InvoiceLine newLine() {
        return new InvoiceLine(this);
    }

    @Override
    protected void checkEditable() {
        if (status != InvoiceStatus.DRAFT) {
            throw new RuleViolationException("Invoice " + number + " is " + describe(status)
                    + " and can no longer be changed; correct it with a credit note");
        }
    }

    /** Freezes the invoice with its number; due date from the payment terms. */
    public void issue(String assignedNumber, LocalDate on) {
        issueOn(on);
        numbered(assignedNumber);
    }

    /**
     * The first half of {@link #issue}: frozen, dated and due, but not yet numbered. The issuing transaction
     * numbers it last, just before it commits, so that the series' counter row stays locked only briefly; the
     * unnumbered state is never committed.
     */
    public void issueOn(LocalDate on) {
        moveTo(InvoiceStatus.ISSUED);
        if (lines.isEmpty()) {
            throw new RuleViolationException("An invoice needs at least one line before it is issued");
        }
        this.issueDate = on;
        this.dueDate = on.plusDays(paymentTermsDays);
    }

    /** The second half of {@link #issue}: the number, once. */
    public void numbered(String assignedNumber) {
        if (status != InvoiceStatus.ISSUED || number != null) {
            throw new IllegalStateException("only an issued invoice without a number is numbered");
        }
        this.number = assignedNumber;
        this.series = assignedNumber.substring(0, assignedNumber.indexOf('-'));
    }

    /** Gives the issued invoice its pay link once; a second call keeps the first token. */
    public void givePayToken(String token) {
        if (payToken == null) {
            this.payToken = token;
        }
    }

    /** Checked before a number is taken, so that a refused issue never consumes one. */
    public void checkIssuable() {
        if (status != InvoiceStatus.DRAFT) {
            throw new RuleViolationException("Invoice " + number + " is already " + describe(status));
        }
        if (lines.isEmpty()) {
            throw new RuleViolationException("An invoice needs at least one line before it is issued");
        }
    }

    /** Past its due date and not settled: OVERDUE. Returns whether it moved. */
    public boolean markOverdue(LocalDate today) {
        if ((status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID) && dueDate != null
                && dueDate.isBefore(today)) {
            this.status = InvoiceStatus.OVERDUE;
            return true;
        }
        return false;
    }

    /** Cancels an issued invoice nobody has paid; it keeps its number, so the series stays gapless. */
    public void voidInvoice() {
        if (getPaid().amount().signum() != 0) {
            throw new RuleViolationException("Invoice " + number + " has payments and cannot be voided; refund or"
                    + " credit it instead");
        }
        if (!getCredited().isZero()) {
            throw new RuleViolationException("Invoice " + number + " has credit notes and cannot be voided; credit"
                    + " the rest of its balance instead");
        }
        moveTo(InvoiceStatus.VOID);
    }

    /**
     * A credit note of {@code amount}, dated {@code on}, reduces the balance; one that settles it leaves the
     * invoice PAID on that day.
     */
    public void credit(Money amount, LocalDate on) {
        if (!status.isOpen()) {
            throw new RuleViolationException("Only an issued, unsettled invoice can be credited; " + number + " is "
                    + describe(status));
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        if (amount.isGreaterThan(getBalance())) {
            throw new InvalidInputException("amount", "is more than the balance of " + getBalance());
        }
        this.creditedTotal = getCredited().plus(amount).amount();
        if (getBalance().isZero()) {
            this.status = InvoiceStatus.PAID;
            this.paidOn = on;
        }
    }

    /**
     * Whether this invoice can take {@code amount} as a payment: in its currency, while it is open (issued,
     * partially paid or overdue), more than 0. More than the balance is not refused here: what a payment
     * brings beyond it stays with the client as credit. Empty when it can; the first reason it cannot, else.
     */
    public Optional<PaymentRefusal> refusalOfPayment(Money amount) {
        if (!getCurrency().equals(amount.currency())) {
            return refusal(Reason.OTHER_CURRENCY, "invoice " + numberOrDraft() + " is in " + getCurrency()
                    + ", the payment in " + amount.currency());
        }
        if (!status.isOpen()) {
            return refusal(Reason.NOT_OPEN, "Invoice " + numberOrDraft() + " is "
                    + describe(status) + "; only an issued, unsettled invoice takes payments");
        }
        if (amount.isNegative() || amount.isZero()) {
            return refusal(Reason.NOT_POSITIVE, "must be more than 0");
        }
        return Optional.empty();
    }

    /** {@link #refusalOfPayment}, thrown as {@link PaymentRefusal#toException()} when there is one. */
    public void checkPayable(Money amount) {
        Optional<PaymentRefusal> refusal = refusalOfPayment(amount);
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    /**
     * A payment received on {@code receivedOn} allocated to this invoice: partial → PARTIALLY_PAID, the whole
     * balance → PAID on that day. An allocation is {@link #checkPayable payable} and never more than the balance.
     */
    public void receivePayment(Money part, LocalDate receivedOn) {
        checkPayable(part);
        if (part.isGreaterThan(getBalance())) {
            throw new PaymentRefusal(Reason.OVER_BALANCE, "is more than the " + getBalance() + " due on "
                    + numberOrDraft()).toException();
        }
        this.paidTotal = getPaid().plus(part).amount();
        settleStatus(null);
        if (status == InvoiceStatus.PAID) {
            this.paidOn = receivedOn;
        }
    }

    private static Optional<PaymentRefusal> refusal(Reason reason, String message) {
        return Optional.of(new PaymentRefusal(reason, message));
    }

    private String numberOrDraft() {
        return number == null ? "draft" : number;
    }

    /** A payment taken back (voided or refunded): the invoice is open again for that amount. */
    public void reversePayment(Money part, LocalDate today) {
        if (part.isGreaterThan(getPaid())) {
            throw new RuleViolationException("Cannot take back more than was paid on " + number);
        }
        this.paidTotal = getPaid().minus(part).amount();
        settleStatus(today);
    }

    /** Payment-driven statuses follow from the amounts, not from a transition someone asks for. */
    private void settleStatus(LocalDate today) {
        if (getBalance().isZero()) {
            this.status = InvoiceStatus.PAID;
            return;
        }
        this.paidOn = null; // open again: it is settled on the day it is settled anew
        if (!getPaid().isZero()) {
            this.status = InvoiceStatus.PARTIALLY_PAID;
        } else if (today != null && dueDate != null && dueDate.isBefore(today)) {
            this.status = InvoiceStatus.OVERDUE;
        } else {
            this.status = InvoiceStatus.ISSUED;
        }
    }

    private void moveTo(InvoiceStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolationException("Invoice " + (number == null ? "draft" : number) + " is "
                    + describe(status) + " and cannot become " + describe(target));
        }
        this.status = target;
    }

    private static String describe(InvoiceStatus s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Money getCredited() { return Money.of(creditedTotal, getCurrency()); }
    public Money getPaid() { return Money.of(paidTotal, getCurrency()); }
    public Money getBalance() { return getTotal().minus(getCredited()).minus(getPaid()); }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("status", status.name());
        fields.put("issueDate", issueDate == null ? null : issueDate.toString());
        fields.put("dueDate", dueDate == null ? null : dueDate.toString());
        fields.put("lines", Integer.toString(lines.size()));
        fields.put("total", getTotal().toString());
        fields.put("credited", getCredited().toString());
        fields.put("notes", getNotes());
        return fields;
    }

    /** What a receiver of an event about this invoice needs most (outbound webhooks). */
    public java.util.Map<String, Object> eventFacts() {
        java.util.Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("number", number);
        facts.put("clientId", getClientId());
        facts.put("total", getTotal().amount());
        facts.put("balance", getBalance().amount());
        facts.put("currency", getCurrency());
        facts.put("dueDate", dueDate);
        return facts;
    }

    public Long getId() { return id; }
    public String getSeries() { return series; }
    public String getNumber() { return number; }
    public String getPayToken() { return payToken; }
    public InvoiceStatus getStatus() { return status; }
    public LocalDate getIssueDate() { return issueDate; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getPaidOn() { return paidOn; }
    public int getPaymentTermsDays() { return paymentTermsDays; }
    public Long getSourceQuoteId() { return sourceQuoteId; }
}
