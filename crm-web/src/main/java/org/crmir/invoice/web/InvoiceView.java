package org.crmir.invoice.web;

import static org.crmir.shared.web.UserActions.attempt;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmir.client.ClientService;
import org.crmir.invoice.CreditNote;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.invoice.InvoicePdfService;
import org.crmir.invoice.InvoiceReminder;
import org.crmir.invoice.InvoiceReminders;
import org.crmir.invoice.PayLinks;
import org.crmir.payment.PaymentService;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** An invoice's page: the document, its credit notes, and what may be done with it now. */
@Named
@ViewScoped
public class InvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceService invoices;

    @EJB
    private ClientService clients;

    @EJB
    private InvoicePdfService pdfs;

    @EJB
    private InvoiceReminders reminders;

    @EJB
    private PaymentService payments;

    private Long id;
    private Invoice invoice;
    private String clientName;
    private List<CreditNote> creditNotes;
    private List<InvoiceReminder> remindersSent;
    /** Whether the client has credit in the invoice's currency: read once per load (a sum over its payments). */
    private Boolean clientCreditToApply;
    private BigDecimal creditAmount;
    private String creditReason;

    public void load() {
        if (id == null) {
            Messages.error("No invoice was chosen.");
            return;
        }
        try {
            invoice = invoices.find(id);
            clientName = clients.find(invoice.getClientId()).getName();
            creditNotes = invoices.creditNotesOf(id);
            remindersSent = reminders.sentFor(id);
            clientCreditToApply = null;
        } catch (NotFoundException e) {
            invoice = null;
            Messages.notFound(e.getMessage());
        }
    }

    public void issue() {
        act(() -> {
            Invoice issued = invoices.issue(id);
            Messages.info("Invoice issued as " + issued.getNumber() + ", due " + issued.getDueDate() + ".");
        });
    }

    public void voidInvoice() {
        act(() -> {
            invoices.voidInvoice(id);
            Messages.info("Invoice voided. It keeps its number.");
        });
    }

    public void credit() {
        act(() -> {
            CreditNote note = invoices.credit(id, Money.of(creditAmount == null ? BigDecimal.ZERO : creditAmount,
                    invoice.getCurrency()), creditReason);
            Messages.info("Credit note " + note.getNumber() + " issued.");
            creditAmount = null;
            creditReason = null;
            PrimeFaces.current().executeScript("PF('creditDialog').hide()");
        });
    }

    public void send() {
        act(() -> {
            var mail = pdfs.sendInvoice(id);
            Messages.info("Invoice emailed to " + mail.getRecipient() + "; see the client's timeline for delivery.");
        });
    }

    /** Settles the invoice from the client's credit, as far as it goes, and shows the new balance. */
    public void applyCredit() {
        act(() -> {
            payments.applyCredit(id);
            Messages.info("Client credit applied.");
        });
    }

    public boolean isClientCreditToApply() {
        if (clientCreditToApply == null) {
            clientCreditToApply = invoice != null
                    && payments.creditOf(invoice.getClientId()).containsKey(invoice.getCurrency());
        }
        return clientCreditToApply;
    }

    public void remind() {
        act(() -> {
            var mail = reminders.remindNow(id);
            Messages.info("Payment reminder emailed to " + mail.getRecipient()
                    + "; see the client's timeline for delivery.");
        });
    }

    public void sendCreditNote(long creditNoteId) {
        act(() -> {
            var mail = pdfs.sendCreditNote(creditNoteId);
            Messages.info("Credit note emailed to " + mail.getRecipient()
                    + "; see the client's timeline for delivery.");
        });
    }

    /** Deletes the draft and goes to the list (the draft is gone), the confirmation kept over the redirect. */
    public String discard() {
        try {
            invoices.discardDraft(id);
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
            load();
            return null;
        }
        Messages.infoAfterRedirect("Draft discarded.");
        return "/invoices?faces-redirect=true";
    }

    private void act(Runnable action) {
        attempt(action);
        load();
    }

    /** The public pay link to give the client, while the invoice expects money; null otherwise. */
    public String getPayLink() {
        return invoice == null ? null : PayLinks.of(invoice).orElse(null);
    }

    /** The invoice expects money but CRMIR_PUBLIC_URL is not set, so no link can be given out. */
    public boolean isPayLinkUnconfigured() {
        return isOpen() && invoice.getPayToken() != null && PayLinks.PAGE.prefix().isEmpty();
    }

    public boolean isDraft() { return invoice != null && invoice.getStatus() == InvoiceStatus.DRAFT; }
    public boolean isOpen() { return invoice != null && invoice.getStatus().isOpen(); }
    public boolean isVoidable() {
        return invoice != null && invoice.getStatus().canMoveTo(InvoiceStatus.VOID) && invoice.getPaid().isZero();
    }
    public Map<BigDecimal, Money> getTaxes() { return invoice.totals().taxByRate(); }
    public List<Map.Entry<BigDecimal, Money>> getTaxLines() { return List.copyOf(getTaxes().entrySet()); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Invoice getInvoice() { return invoice; }
    public String getClientName() { return clientName; }
    public List<CreditNote> getCreditNotes() { return creditNotes; }
    public List<InvoiceReminder> getRemindersSent() { return remindersSent; }
    public BigDecimal getCreditAmount() { return creditAmount; }
    public void setCreditAmount(BigDecimal creditAmount) { this.creditAmount = creditAmount; }
    public String getCreditReason() { return creditReason; }
    public void setCreditReason(String creditReason) { this.creditReason = creditReason; }
}
