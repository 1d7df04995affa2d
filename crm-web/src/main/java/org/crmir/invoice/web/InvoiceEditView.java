package org.crmir.invoice.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.crmir.document.web.PricedDocumentEditView;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.shared.web.Messages;

/** The invoice editor: a new draft for a client ({@code ?clientId=}) or a draft to change ({@code ?id=}). */
@Named
@ViewScoped
public class InvoiceEditView extends PricedDocumentEditView {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceService invoices;

    @Override
    protected String kind() {
        return "invoice";
    }

    @Override
    protected boolean loadDraft(long draftId) {
        Invoice invoice = invoices.find(draftId);
        if (invoice.getNumber() != null) {
            Messages.error("Invoice " + invoice.getNumber() + " is issued and can no longer be changed.");
            return false;
        }
        editing(invoice);
        return true;
    }

    @Override
    protected long saveDraft() {
        Invoice saved = isNew() ? invoices.createDraft(getClientId(), getLines().inputs(), getNotes(), getTerms())
                : invoices.updateDraft(getId(), getVersion(), getLines().inputs(), getNotes(), getTerms());
        return saved.getId();
    }
}
