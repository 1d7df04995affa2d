package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.crmir.shared.InvalidInputException;

/**
 * A contract's term: start to end date (both inclusive), the notice period and its deadline, automatic renewal,
 * how long before a date its owner is reminded, and when and why it ended. A mapped superclass rather than an
 * embeddable so that queries keep naming these columns as the contract's own ({@code c.endDate}).
 */
@MappedSuperclass
public abstract class ContractTerm extends ContractRevision implements Serializable {

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    /** The end date less the notice period, kept as a column so the calendar finds it by range. */
    @Column(name = "notice_deadline", nullable = false)
    private LocalDate noticeDeadline;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "renewal_months")
    private Integer renewalMonths;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 30;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    protected ContractTerm() {
    }

    protected ContractTerm(long clientId, String currency, String createdBy, Instant now) {
        super(clientId, currency, createdBy, now);
    }

    void agreeTo(AgreedTerms agreed) {
        this.startDate = agreed.start();
        this.endDate = agreed.end();
        this.noticeDays = agreed.noticeDays();
        this.noticeDeadline = agreed.end().minusDays(agreed.noticeDays());
        this.autoRenew = agreed.autoRenew();
        this.renewalMonths = agreed.renewalMonths();
        this.reminderDays = agreed.reminderDays();
    }

    /** A next revision keeps the notice, renewal and reminder periods; its dates are set apart. */
    void continueFrom(ContractTerm previous) {
        this.noticeDays = previous.noticeDays;
        this.autoRenew = previous.autoRenew;
        this.renewalMonths = previous.renewalMonths;
        this.reminderDays = previous.reminderDays;
    }

    /** An amendment runs over the dates of the revision it amends until its own dates are agreed. */
    void sameDatesAs(ContractTerm previous) {
        this.startDate = previous.startDate;
        this.endDate = previous.endDate;
        this.noticeDeadline = previous.noticeDeadline;
    }

    /** A renewal runs from the day after the previous end for the renewal term. */
    void renewalOf(ContractTerm previous) {
        this.startDate = previous.endDate.plusDays(1);
        this.endDate = startDate.plusMonths(previous.renewalMonths).minusDays(1);
        this.noticeDeadline = endDate.minusDays(previous.noticeDays);
    }

    void ended(LocalDate day, String reason) {
        this.endedOn = day;
        this.endReason = reason;
    }

    /** A contract whose end date has passed cannot come into force. */
    void checkNotOver(LocalDate today) {
        if (endDate.isBefore(today)) {
            throw new InvalidInputException("endDate", "the contract ended on " + endDate
                    + "; a contract in the past cannot be activated");
        }
    }

    void checkWithinTerm(LocalDate lastDay) {
        if (lastDay == null || lastDay.isBefore(startDate) || lastDay.isAfter(endDate)) {
            throw new InvalidInputException("lastDay", "must be between " + startDate + " and " + endDate);
        }
    }

    /** Whether the end date has come for a term that renews by itself. */
    boolean renewsBy(LocalDate today) {
        return autoRenew && !today.isBefore(endDate);
    }

    /** Whether a term that does not renew is past its end date. */
    boolean expiredBy(LocalDate today) {
        return !autoRenew && today.isAfter(endDate);
    }

    /** The last day this revision may bill: its end date, or the day it was ended early. */
    public LocalDate lastBillableDay() {
        return endedOn != null && endedOn.isBefore(endDate) ? endedOn : endDate;
    }

    /** The last day to give notice so that the contract does not renew (or ends as planned). */
    public LocalDate getNoticeDeadline() {
        return noticeDeadline;
    }

    /** When the owner is reminded of the end date. */
    public LocalDate getEndReminderDate() {
        return endDate == null ? null : endDate.minusDays(reminderDays);
    }

    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public int getNoticeDays() { return noticeDays; }
    public boolean isAutoRenew() { return autoRenew; }
    public Integer getRenewalMonths() { return renewalMonths; }
    public int getReminderDays() { return reminderDays; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
}
