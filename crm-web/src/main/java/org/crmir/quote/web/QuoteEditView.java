package org.crmir.quote.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmir.client.ClientService;
import org.crmir.invoice.web.LinesEditor;
import org.crmir.invoice.web.ProductPickerAccess;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** The quote editor: a new draft for a client ({@code ?clientId=}) or a draft to change ({@code ?id=}). */
@Named
@ViewScoped
public class QuoteEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteService quotes;

    @EJB
    private ClientService clients;

    @Inject
    private ProductPickerAccess picker;

    private Long id;
    private Long clientId;
    private String clientName;
    private long version;
    private LocalDate validUntil = LocalDate.now(ZoneOffset.UTC).plusDays(30);
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
                Quote quote = quotes.find(id);
                if (quote.getNumber() != null) {
                    Messages.error("Quote " + quote.getNumber() + " was sent and can no longer be changed.");
                    return;
                }
                clientId = quote.getClientId();
                version = quote.getVersion();
                validUntil = quote.getValidUntil();
                notes = quote.getNotes();
                terms = quote.getTerms();
                lines = new LinesEditor(quote.getCurrency(), quote.getLines());
            } else if (clientId != null) {
                lines = new LinesEditor(clients.find(clientId).getCurrency(), List.of());
            } else {
                Messages.error("Open a client and choose New quote there.");
                return;
            }
            clientName = clients.find(clientId).getName();
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
            Quote saved = id == null ? quotes.createDraft(clientId, validUntil, lines.inputs(), notes, terms)
                    : quotes.updateDraft(id, version, validUntil, lines.inputs(), notes, terms);
            return "/quote.xhtml?faces-redirect=true&id=" + saved.getId();
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
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getTerms() { return terms; }
    public void setTerms(String terms) { this.terms = terms; }
    public LinesEditor getLines() { return lines; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
}
