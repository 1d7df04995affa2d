package org.crmir.contract;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the client sees behind the public link: no ids, no internal notes; terms already made safe HTML. */
public record PublicContract(String label, String companyName, String clientName, String title,
        ContractStatus status, LocalDate startDate, LocalDate endDate, int noticeDays, boolean autoRenew,
        Integer renewalMonths, String value, String terms, List<MilestoneInput> milestones, String acceptedBy,
        Instant acceptedAt) implements Serializable {

    public String getLabel() { return label; }
    public String getCompanyName() { return companyName; }
    public String getClientName() { return clientName; }
    public String getTitle() { return title; }
    public ContractStatus getStatus() { return status; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public int getNoticeDays() { return noticeDays; }
    public boolean isAutoRenew() { return autoRenew; }
    public Integer getRenewalMonths() { return renewalMonths; }
    public String getValue() { return value; }
    public String getTerms() { return terms; }
    public List<MilestoneInput> getMilestones() { return milestones; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return acceptedAt; }

    /** Whether the client can still accept. */
    public boolean isOpen() {
        return acceptedAt == null && (status == ContractStatus.DRAFT || status == ContractStatus.ACTIVE);
    }
}
