package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * How a contract bills: its schedule (none: no billing), what each period's invoice becomes, the anchor periods
 * count from (kept by revisions, so a renewal or amendment never bills a period twice) and the next period to
 * bill. The contract tells it the last day its revision may bill.
 */
@Embeddable
public class BillingTerms implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_schedule", length = 10)
    private BillingSchedule schedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_mode", nullable = false, length = 10)
    private InvoiceMode invoiceMode = InvoiceMode.DRAFT;

    /** Billing periods count from here; revisions keep their predecessor's anchor. */
    @Column(name = "billing_anchor")
    private LocalDate anchor;

    /** The start of the next period to bill, or null when nothing is left to bill. */
    @Column(name = "next_billing_date")
    private LocalDate nextBillingDate;

    protected BillingTerms() {
    }

    static BillingTerms none() {
        return new BillingTerms();
    }

    /** The terms a next revision starts with: same schedule, mode and anchor, nothing scheduled yet. */
    BillingTerms continued() {
        BillingTerms next = new BillingTerms();
        next.schedule = schedule;
        next.invoiceMode = invoiceMode;
        next.anchor = anchor;
        return next;
    }

    void change(BillingSchedule newSchedule, InvoiceMode mode) {
        this.schedule = newSchedule;
        this.invoiceMode = mode == null ? InvoiceMode.DRAFT : mode;
    }

    /** On activation: periods count from the first start date unless a revision before set the anchor. */
    void start(LocalDate startDate, LocalDate lastBillableDay) {
        if (anchor == null) {
            this.anchor = startDate;
        }
        scheduleFrom(startDate, lastBillableDay);
    }

    /** The periods from the next billing date up to {@code through}; catch-up after missed days is a longer list. */
    List<BillingPeriod> duePeriods(LocalDate through) {
        if (schedule == null || nextBillingDate == null) {
            return List.of();
        }
        return schedule.periodsStarting(anchor, nextBillingDate, through);
    }

    /** After billing {@code period}: the next period's start, or nothing when it starts after the last day. */
    void billed(BillingPeriod period, LocalDate lastBillableDay) {
        scheduleFrom(period.end().plusDays(1), lastBillableDay);
    }

    void scheduleFrom(LocalDate day, LocalDate lastBillableDay) {
        if (schedule == null) {
            this.nextBillingDate = null;
            return;
        }
        LocalDate next = schedule.firstStartingOnOrAfter(anchor, day).start();
        this.nextBillingDate = next.isAfter(lastBillableDay) ? null : next;
    }

    void stopAfter(LocalDate lastDay) {
        if (nextBillingDate != null && nextBillingDate.isAfter(lastDay)) {
            this.nextBillingDate = null;
        }
    }

    public BillingSchedule getSchedule() { return schedule; }
    public InvoiceMode getInvoiceMode() { return invoiceMode; }
    public LocalDate getAnchor() { return anchor; }
    public LocalDate getNextBillingDate() { return nextBillingDate; }
}
