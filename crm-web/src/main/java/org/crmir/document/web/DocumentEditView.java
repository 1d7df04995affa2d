package org.crmir.document.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.crmir.client.ClientService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/**
 * What the quote, invoice and contract editors share: a new draft for a client ({@code ?clientId=}) or a draft to
 * change ({@code ?id=}), the client's name, the lines with live totals and a product picked from the catalog, and
 * saving against the version that was loaded; a refused input, a broken rule or a stale edit shows as a message.
 */
public abstract class DocumentEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientService clients;

    @Inject
    private ProductPickerAccess picker;

    private Long id;
    private Long clientId;
    private String clientName;
    private long version;
    private LinesEditor lines;
    private String product;
    private boolean ready;

    /** "quote", "invoice", "contract": the word in messages, and the page shown after saving. */
    protected abstract String kind();

    /**
     * Reads draft {@code draftId} into the form and calls {@link #editing}; returns false, with a message shown,
     * when it can no longer be changed.
     */
    protected abstract boolean loadDraft(long draftId);

    /** Creates the draft (no id yet) or updates it against {@link #getVersion()}; returns its id. */
    protected abstract long saveDraft();

    public void load() {
        if (lines != null) {
            return;
        }
        try {
            if (id != null) {
                if (!loadDraft(id)) {
                    return;
                }
            } else if (clientId != null) {
                lines = new LinesEditor(clients.find(clientId).getCurrency(), List.of());
            } else {
                Messages.error("Open a client and choose New " + kind() + " there.");
                return;
            }
            clientName = clients.find(clientId).getName();
            ready = true;
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** The stored draft being edited: its client, the version to save against, its currency and lines. */
    protected final void editing(long draftClientId, long draftVersion, String currency, List<LineInput> draftLines) {
        this.clientId = draftClientId;
        this.version = draftVersion;
        this.lines = new LinesEditor(currency, draftLines);
    }

    public void addProduct() {
        picker.addTo(lines, product);
        product = null;
    }

    public String save() {
        try {
            return "/" + kind() + ".xhtml?faces-redirect=true&id=" + saveDraft();
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
    public long getVersion() { return version; }
    public LinesEditor getLines() { return lines; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
}
