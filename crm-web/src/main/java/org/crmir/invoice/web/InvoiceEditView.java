package org.crmir.invoice.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** The invoice editor: a new draft for a client ({@code ?clientId=}) or a draft to change ({@code ?id=}). */
@Named
@ViewScoped
public class InvoiceEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceService invoices;

    @EJB
    private ClientService clients;

    @Inject
    private ProductPickerAccess picker;

    private Long id;
    private Long clientId;
    private String clientName;
    private long version;
    private String notes;
    private String terms;
    private LinesEditor lines;
    private String product;
    private boolean ready;

    public void load() {
        if (lines != null) {
            return;
        }
        try {
            if (id != null) {
                Invoice invoice = invoices.find(id);
                if (invoice.getNumber() != null) {
                    Messages.error("Invoice " + invoice.getNumber() + " is issued and can no longer be changed.");
                    return;
                }
                clientId = invoice.getClientId();
                version = invoice.getVersion();
                notes = invoice.getNotes();
                terms = invoice.getTerms();
                lines = new LinesEditor(invoice.getCurrency(), invoice.getLines());
            } else if (clientId != null) {
                lines = new LinesEditor(clients.find(clientId).getCurrency(), List.of());
            } else {
                Messages.error("Open a client and choose New invoice there.");
                return;
            }
            Client client = clients.find(clientId);
            clientName = client.getName();
            ready = true;
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void addProduct() {
        picker.addTo(lines, product);
        product = null;
    }

    public String save() {
        try {
            Invoice saved = id == null ? invoices.createDraft(clientId, lines.inputs(), notes, terms)
                    : invoices.updateDraft(id, version, lines.inputs(), notes, terms);
            return "/invoice.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException | RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        return null;
    }

    public boolean isNew() { return id == null; }
    public boolean isReady() { return ready; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getClientName() { return clientName; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getTerms() { return terms; }
    public void setTerms(String terms) { this.terms = terms; }
    public LinesEditor getLines() { return lines; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
}
