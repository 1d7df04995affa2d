package org.crmir.contract.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crmir.contract.BillingSchedule;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractMilestone;
import org.crmir.contract.ContractService;
import org.crmir.contract.InvoiceMode;
import org.crmir.contract.MilestoneInput;
import org.crmir.document.web.DocumentEditView;
import org.crmir.shared.web.Messages;

/** The contract editor: a new draft for a client ({@code ?clientId=}) or a draft to change ({@code ?id=}). */
@Named
@ViewScoped
public class ContractEditView extends DocumentEditView {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContractService contracts;

    private String label;
    private String title;
    private String owner;
    private LocalDate startDate = LocalDate.now(ZoneOffset.UTC);
    private LocalDate endDate = LocalDate.now(ZoneOffset.UTC).plusYears(1).minusDays(1);
    private Integer noticeDays = 30;
    private boolean autoRenew;
    private Integer renewalMonths;
    private Integer reminderDays = 30;
    private BigDecimal value;
    private String terms;
    private String signatory;
    private LocalDate signedOn;
    private BillingSchedule billingSchedule;
    private InvoiceMode invoiceMode = InvoiceMode.DRAFT;
    private final List<EditableMilestone> milestones = new ArrayList<>();

    /** An important date being edited. */
    public static class EditableMilestone implements Serializable {
        private static final long serialVersionUID = 1L;
        private String label;
        private LocalDate dueDate;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    }

    @Override
    protected String kind() {
        return "contract";
    }

    @Override
    protected boolean loadDraft(long draftId) {
        Contract contract = contracts.find(draftId);
        if (!contract.isEditable()) {
            Messages.error("Contract " + contract.getLabel() + " is " + contract.getStatus().name()
                    .toLowerCase() + " and can no longer be changed; amend it from its page instead.");
            return false;
        }
        label = contract.getLabel();
        title = contract.getTitle();
        owner = contract.getOwner();
        startDate = contract.getStartDate();
        endDate = contract.getEndDate();
        noticeDays = contract.getNoticeDays();
        autoRenew = contract.isAutoRenew();
        renewalMonths = contract.getRenewalMonths();
        reminderDays = contract.getReminderDays();
        value = contract.getValue().amount();
        terms = contract.getTerms();
        signatory = contract.getSignatory();
        signedOn = contract.getSignedOn();
        billingSchedule = contract.getBillingSchedule();
        invoiceMode = contract.getInvoiceMode();
        for (ContractMilestone m : contract.getMilestones()) {
            EditableMilestone row = new EditableMilestone();
            row.setLabel(m.getLabel());
            row.setDueDate(m.getDueDate());
            milestones.add(row);
        }
        editing(contract.getClientId(), contract.getVersion(), contract.getCurrency(),
                contract.getLines().stream().map(l -> l.getItem().toInput()).toList());
        return true;
    }

    public void addMilestone() {
        milestones.add(new EditableMilestone());
    }

    public void removeMilestone(EditableMilestone row) {
        milestones.remove(row);
    }

    @Override
    protected long saveDraft() {
        List<MilestoneInput> dates = milestones.stream()
                .filter(m -> m.getLabel() != null && !m.getLabel().isBlank() || m.getDueDate() != null)
                .map(m -> new MilestoneInput(m.getLabel(), m.getDueDate())).toList();
        ContractDraft draft = new ContractDraft(getClientId(), title, owner, startDate, endDate, noticeDays,
                autoRenew, autoRenew ? renewalMonths : null, reminderDays, value, terms, signatory, signedOn,
                billingSchedule, invoiceMode, getLines().inputs(), dates);
        Contract saved = isNew() ? contracts.createDraft(draft) : contracts.updateDraft(getId(), getVersion(), draft);
        return saved.getId();
    }

    public BillingSchedule[] getSchedules() { return BillingSchedule.values(); }
    public InvoiceMode[] getInvoiceModes() { return InvoiceMode.values(); }
    public String getLabel() { return label; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getNoticeDays() { return noticeDays; }
    public void setNoticeDays(Integer noticeDays) { this.noticeDays = noticeDays; }
    public boolean isAutoRenew() { return autoRenew; }
    public void setAutoRenew(boolean autoRenew) { this.autoRenew = autoRenew; }
    public Integer getRenewalMonths() { return renewalMonths; }
    public void setRenewalMonths(Integer renewalMonths) { this.renewalMonths = renewalMonths; }
    public Integer getReminderDays() { return reminderDays; }
    public void setReminderDays(Integer reminderDays) { this.reminderDays = reminderDays; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getTerms() { return terms; }
    public void setTerms(String terms) { this.terms = terms; }
    public String getSignatory() { return signatory; }
    public void setSignatory(String signatory) { this.signatory = signatory; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public BillingSchedule getBillingSchedule() { return billingSchedule; }
    public void setBillingSchedule(BillingSchedule billingSchedule) { this.billingSchedule = billingSchedule; }
    public InvoiceMode getInvoiceMode() { return invoiceMode; }
    public void setInvoiceMode(InvoiceMode invoiceMode) { this.invoiceMode = invoiceMode; }
    public List<EditableMilestone> getMilestones() { return milestones; }
}
