package org.crmir.document.web;

import org.crmir.shared.DocumentLine;
import org.crmir.shared.PricedDocument;

/** The quote and invoice editors: a priced document's lines with its notes and terms. */
public abstract class PricedDocumentEditView extends DocumentEditView {

    private static final long serialVersionUID = 1L;

    private String notes;
    private String terms;

    /** The stored draft being edited. */
    protected final void editing(PricedDocument<?> draft) {
        notes = draft.getNotes();
        terms = draft.getTerms();
        editing(draft.getClientId(), draft.getVersion(), draft.getCurrency(),
                draft.getLines().stream().map(DocumentLine::toInput).toList());
    }

    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getTerms() { return terms; }
    public void setTerms(String terms) { this.terms = terms; }
}
