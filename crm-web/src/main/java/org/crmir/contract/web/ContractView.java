package org.crmir.contract.web;

import static org.crmir.shared.web.UserActions.attempt;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmir.client.ClientService;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractPdfService;
import org.crmir.contract.ContractDocument;
import org.crmir.contract.DocumentDownload;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.crmir.contract.ContractEvent;
import org.crmir.contract.ContractInvoice;
import org.crmir.contract.ContractRow;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractService;
import org.crmir.contract.ContractStatus;
import org.crmir.contract.MilestoneInput;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** A contract's page: its terms and dates, the next steps, its invoices, revisions and history. */
@Named
@ViewScoped
public class ContractView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContractService contracts;

    @EJB
    private ContractQueries contractQueries;

    @EJB
    private ClientService clients;

    @EJB
    private ContractPdfService pdfs;

    @Inject
    private transient ExternalContext external;

    private Long id;
    private Contract contract;
    private String clientName;
    private List<ContractInvoice> invoices = List.of();
    private List<ContractRow> revisions = List.of();
    private List<ContractEvent> history = List.of();
    private List<org.crmir.contract.SentReminder> reminders = List.of();
    private List<ContractDocument> documents = List.of();
    private List<org.crmir.communication.InteractionRow> messages = List.of();
    private String milestoneLabel;
    private LocalDate milestoneDue;
    private LocalDate lastDay = LocalDate.now(ZoneOffset.UTC);
    private String reason;

    public void load() {
        if (id == null) {
            Messages.error("No contract was chosen.");
            return;
        }
        try {
            contract = contracts.find(id);
            clientName = clients.find(contract.getClientId()).getName();
            invoices = contractQueries.invoicesOf(id, PageRequest.first(100));
            revisions = contractQueries.revisionsOf(id);
            history = contractQueries.historyOf(id, PageRequest.first(50));
            reminders = contractQueries.remindersOf(id);
            documents = contractQueries.documentsOf(id);
            messages = contractQueries.messagesOf(id);
        } catch (NotFoundException e) {
            contract = null;
            Messages.notFound(e.getMessage());
        }
    }

    public void activate() {
        act(() -> {
            Contract active = contracts.activate(id);
            Messages.info("Contract " + active.getLabel() + " is active.");
        });
    }

    public String amend() {
        try {
            Contract amendment = contracts.amend(id);
            return "/contract-edit.xhtml?faces-redirect=true&id=" + amendment.getId();
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
            load();
            return null;
        }
    }

    public void terminate() {
        act(() -> {
            contracts.terminate(id, lastDay, reason);
            Messages.info("The contract ends on " + lastDay + ".");
            reason = null;
        });
    }

    public void addMilestone() {
        act(() -> {
            contracts.addMilestone(id, new MilestoneInput(milestoneLabel, milestoneDue));
            Messages.info("Important date added.");
            milestoneLabel = null;
            milestoneDue = null;
        });
    }

    private void act(Runnable action) {
        attempt(action);
        load();
    }

    /** Emails the PDF and the public acceptance link to the client. */
    public void send() {
        act(() -> {
            var email = pdfs.send(id);
            Messages.info("Contract emailed to " + email.getRecipient() + " with its PDF and acceptance link.");
        });
    }

    /** Attaches an uploaded file; its kind is checked from its content by the service. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        act(() -> {
            ContractDocument attached = contracts.attach(id, file.getFileName(), file.getContent());
            Messages.info(attached.getFileName() + " attached.");
        });
    }

    /** The bytes of one attached file, streamed as a download. */
    public StreamedContent download(long documentId) {
        DocumentDownload file = contractQueries.download(id, documentId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new java.io.ByteArrayInputStream(file.content())).build();
    }

    /** The absolute link the client opens without signing in. */
    public String getPublicLink() {
        // CRMIR_PUBLIC_URL only, never the request's Host header, which the client chooses.
        return contract == null ? null : org.crmir.contract.ContractLinks.of(contract).orElse(null);
    }

    public boolean isDraft() { return contract != null && contract.getStatus() == ContractStatus.DRAFT; }
    public boolean isActive() { return contract != null && contract.getStatus() == ContractStatus.ACTIVE; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Contract getContract() { return contract; }
    public String getClientName() { return clientName; }
    public List<ContractInvoice> getInvoices() { return invoices; }
    public List<ContractRow> getRevisions() { return revisions; }
    public List<ContractEvent> getHistory() { return history; }
    public List<ContractDocument> getDocuments() { return documents; }
    public List<org.crmir.communication.InteractionRow> getMessages() { return messages; }
    public List<org.crmir.contract.SentReminder> getReminders() { return reminders; }
    public String getMilestoneLabel() { return milestoneLabel; }
    public void setMilestoneLabel(String milestoneLabel) { this.milestoneLabel = milestoneLabel; }
    public LocalDate getMilestoneDue() { return milestoneDue; }
    public void setMilestoneDue(LocalDate milestoneDue) { this.milestoneDue = milestoneDue; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
