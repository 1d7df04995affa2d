package org.crmir.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * A contract with a client for a term (start to end date, both inclusive). Its terms change only while it is a
 * DRAFT; an ACTIVE contract is changed by a new revision (an amendment) that replaces it when activated. A
 * renewal is also a new revision: the same number, the next term, billing continuing from the same anchor.
 */
@Entity
@Table(name = "contracts")
public class Contract extends ContractTerm implements Serializable {

    public static final int MAX_LINES = ContractBillingLine.MAX_LINES;
    public static final int MAX_MILESTONES = ContractMilestone.MAX_MILESTONES;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractStatus status = ContractStatus.DRAFT;

    @Column(name = "contract_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value = BigDecimal.ZERO;

    @Lob
    @Column(name = "terms")
    private String terms;

    /** Null while nobody signed or accepted: EclipseLink reads an embeddable whose columns are all null as null. */
    @Embedded
    private Signing signing;

    @Embedded
    private BillingTerms billing = BillingTerms.none();

    @Column(name = "public_token", length = 64, unique = true)
    private String publicToken;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContractBillingLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    private List<ContractMilestone> milestones = new ArrayList<>();

    protected Contract() {
    }

    public Contract(long clientId, String currency, String createdBy, Instant now) {
        super(clientId, currency, createdBy, now);
        this.owner = createdBy;
    }

    // ------------------------------------------------------------------ the terms (drafts only)

    /** Sets what the parties agree on. Refused on anything but a draft, and when the dates or terms do not fit. */
    public void define(String newTitle, String newOwner, LocalDate start, LocalDate end, int notice,
            boolean renews, Integer renewalTerm, int reminder, BigDecimal amount, String newTerms) {
        checkEditable();
        AgreedTerms agreed = AgreedTerms.check(newTitle, newOwner, start, end, notice, renews, renewalTerm, reminder,
                amount, newTerms, getCurrency());
        this.title = agreed.title();
        this.owner = agreed.owner();
        agreeTo(agreed);
        this.value = agreed.value().amount();
        this.terms = agreed.terms();
    }

    /** Who signs for the client and when; a signing date in the future is refused. */
    public void signedBy(String name, LocalDate on, LocalDate today) {
        checkEditable();
        sign(signing().signedBy(name, on, today));
    }

    /**
     * The recurring billing: a schedule, what each invoice becomes, and its lines. No schedule, no billing. A
     * line's {@code priceCurrency} (a catalog product's; null: the contract's) must be the contract's currency.
     */
    public void bill(BillingSchedule schedule, InvoiceMode mode, List<LineInput> inputs,
            List<String> priceCurrencies) {
        checkEditable();
        List<ContractBillingLine> built = ContractBillingLine.linesOf(this, schedule, inputs, priceCurrencies);
        billing.change(schedule, mode);
        lines.clear();
        lines.addAll(built);
    }

    /** Billing lines priced in the contract's currency. */
    public void bill(BillingSchedule schedule, InvoiceMode mode, List<LineInput> inputs) {
        bill(schedule, mode, inputs, List.of());
    }

    // ------------------------------------------------------------------ important dates (draft or active)

    public void replaceMilestones(List<MilestoneInput> inputs) {
        checkEditable();
        ContractMilestone.checkRoomFor(inputs.size());
        List<ContractMilestone> built = inputs.stream().map(i -> new ContractMilestone(this, i)).toList();
        milestones.clear();
        milestones.addAll(built);
    }

    /** Adds an important date; allowed while the contract is a draft or in force (it is not one of its terms). */
    public ContractMilestone addMilestone(MilestoneInput input) {
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw refusal("; important dates can no longer be added");
        }
        ContractMilestone.checkRoomFor(milestones.size() + 1);
        ContractMilestone milestone = new ContractMilestone(this, input);
        milestones.add(milestone);
        return milestone;
    }

    // ------------------------------------------------------------------ lifecycle

    /** Checked before a number is taken, so that a refused activation never consumes one. */
    public void checkActivatable(LocalDate today) {
        if (status != ContractStatus.DRAFT) {
            throw refusal(" and cannot be activated again");
        }
        checkNotOver(today);
    }

    /** In force: numbered (revisions keep their number), billing scheduled from its anchor. */
    public void activate(String assignedNumber, Instant now) {
        moveTo(ContractStatus.ACTIVE);
        numberIfNew(assignedNumber);
        this.activatedAt = now;
        billing.start(getStartDate(), lastBillableDay());
    }

    /** A draft copy of this contract as its next revision: how an active contract's terms are amended. */
    public Contract amendment(String author, Instant now) {
        if (status != ContractStatus.ACTIVE) {
            throw new RuleViolationException("Only an active contract can be amended; " + label() + " is "
                    + describe(status));
        }
        Contract next = copy(author, now);
        next.sameDatesAs(this);
        for (ContractMilestone m : milestones) {
            next.milestones.add(new ContractMilestone(next, new MilestoneInput(m.getLabel(), m.getDueDate())));
        }
        return next;
    }

    /** This revision stops being in force because its amendment became active the day after {@code lastDay}. */
    public void supersededBy(Contract amendment, LocalDate lastDay) {
        moveTo(ContractStatus.TERMINATED);
        ended(lastDay, "Replaced by revision " + amendment.getRevision());
        billing.stopAfter(lastDay);
    }

    /** Ended early by either party; billing stops after {@code lastDay}. */
    public void terminate(LocalDate lastDay, String reason) {
        if (status != ContractStatus.ACTIVE) {
            throw new RuleViolationException("Only an active contract can be terminated; " + label() + " is "
                    + describe(status));
        }
        String why = Text.clean(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("reason", "say why the contract ends (at most 500 characters)");
        }
        checkWithinTerm(lastDay);
        moveTo(ContractStatus.TERMINATED);
        ended(lastDay, why);
        billing.stopAfter(lastDay);
    }

    /** Whether the end date has come for a contract that renews by itself. */
    public boolean isDueForRenewal(LocalDate today) {
        return status == ContractStatus.ACTIVE && renewsBy(today);
    }

    /**
     * Renews on the end date: this revision becomes RENEWED and the returned one, ACTIVE, runs from the day after
     * for the renewal term, with the same number, lines and terms and the billing anchor kept.
     */
    public Contract renew(String author, Instant now) {
        if (!isAutoRenew() || status != ContractStatus.ACTIVE) {
            throw new RuleViolationException("Contract " + label() + " does not renew automatically");
        }
        moveTo(ContractStatus.RENEWED);
        ended(getEndDate(), "Renewed for " + getRenewalMonths() + " month(s)");
        Contract next = copy(author, now);
        next.renewalOf(this);
        next.sign(signing().renewed());
        next.status = ContractStatus.ACTIVE;
        next.activatedAt = now;
        next.billing.scheduleFrom(next.getStartDate(), next.lastBillableDay());
        return next;
    }

    /** Past its end date without renewal: EXPIRED. Returns whether it moved. */
    public boolean expireIfEnded(LocalDate today) {
        if (status == ContractStatus.ACTIVE && expiredBy(today)) {
            this.status = ContractStatus.EXPIRED;
            ended(getEndDate(), "Expired");
            return true;
        }
        return false;
    }

    /** Gives the contract its public link for the client's acceptance; sending again keeps the first. */
    public void sent(String token, Instant now) {
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw refusal(" and is not sent any more");
        }
        if (publicToken == null) {
            this.publicToken = token;
        }
        this.sentAt = now;
    }

    /** The client accepts through the public link: who (the name typed) and when are recorded, once. */
    public void acceptedByClient(String name, Instant now) {
        String who = Text.clean(name);
        signing().checkAcceptance(who);
        if (status != ContractStatus.DRAFT && status != ContractStatus.ACTIVE) {
            throw new RuleViolationException("This contract is " + describe(status) + " and can no longer be"
                    + " accepted");
        }
        sign(signing().accepted(who, now));
    }

    // ------------------------------------------------------------------ recurring billing

    /**
     * The periods due on {@code today} that this revision has not billed yet: those starting from the next
     * billing date up to today, within its own term. Catch-up after missed days is simply a longer list.
     */
    public List<BillingPeriod> duePeriods(LocalDate today) {
        if (status == ContractStatus.DRAFT) {
            return List.of();
        }
        return billing.duePeriods(today.isBefore(lastBillableDay()) ? today : lastBillableDay());
    }

    /** After billing {@code period}: the next period's start, or nothing when it starts after this revision. */
    public void billed(BillingPeriod period) {
        billing.billed(period, lastBillableDay());
    }

    /** The reminders due on {@code today}: see {@link RemindersDue}. */
    public List<DueReminder> remindersDue(LocalDate today) {
        return RemindersDue.of(this, today);
    }

    // ------------------------------------------------------------------ internals

    private Contract copy(String author, Instant now) {
        Contract next = new Contract(getClientId(), getCurrency(), author, now);
        next.follows(this);
        next.title = title;
        next.owner = owner;
        next.continueFrom(this);
        next.value = value;
        next.terms = terms;
        next.billing = billing.continued();
        int position = 1;
        for (ContractBillingLine line : lines) {
            next.lines.add(new ContractBillingLine(next, position++, line.getItem().toInput()));
        }
        return next;
    }

    private Signing signing() {
        return signing == null ? new Signing() : signing;
    }

    /** Keeps the signing only when it changed, so that reading or re-saving the same one changes no row. */
    private void sign(Signing next) {
        if (!next.sameAs(signing())) {
            signing = next.isEmpty() ? null : next;
        }
    }

    private void checkEditable() {
        if (status != ContractStatus.DRAFT) {
            throw refusal("; its terms can no longer be changed. Amend it: a new revision replaces it when"
                    + " activated");
        }
    }

    private void moveTo(ContractStatus target) {
        if (!status.canMoveTo(target)) {
            throw refusal(" and cannot become " + describe(target));
        }
        this.status = target;
    }

    /** "Contract CT-2026-0007 is expired" and what follows from it. */
    private RuleViolationException refusal(String consequence) {
        return new RuleViolationException("Contract " + label() + " is " + describe(status) + consequence);
    }

    private static String describe(ContractStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** The audited fields, by name. */
    public Map<String, String> auditSnapshot() {
        return ContractSnapshot.of(this);
    }

    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public ContractStatus getStatus() { return status; }
    public Money getValue() { return Money.of(value, getCurrency()); }
    public String getTerms() { return terms; }
    public String getSignatory() { return signing().getSignatory(); }
    public LocalDate getSignedOn() { return signing().getSignedOn(); }
    public BillingTerms getBilling() { return billing; }
    public BillingSchedule getBillingSchedule() { return billing.getSchedule(); }
    public InvoiceMode getInvoiceMode() { return billing.getInvoiceMode(); }
    public LocalDate getBillingAnchor() { return billing.getAnchor(); }
    public LocalDate getNextBillingDate() { return billing.getNextBillingDate(); }
    public String getPublicToken() { return publicToken; }
    public Instant getSentAt() { return sentAt; }
    public Instant getAcceptedAt() { return signing().getAcceptedAt(); }
    public String getAcceptedBy() { return signing().getAcceptedBy(); }
    public Instant getActivatedAt() { return activatedAt; }
    public List<ContractBillingLine> getLines() { return List.copyOf(lines); }
    public List<ContractMilestone> getMilestones() { return List.copyOf(milestones); }
    public boolean isEditable() { return status == ContractStatus.DRAFT; }
}
