package org.crmir.quote.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crmir.document.web.PricedDocumentEditView;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteService;
import org.crmir.shared.web.Messages;

/** The quote editor: a new draft for a client ({@code ?clientId=}) or a draft to change ({@code ?id=}). */
@Named
@ViewScoped
public class QuoteEditView extends PricedDocumentEditView {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteService quotes;

    private LocalDate validUntil = LocalDate.now(ZoneOffset.UTC).plusDays(30);

    @Override
    protected String kind() {
        return "quote";
    }

    @Override
    protected boolean loadDraft(long draftId) {
        Quote quote = quotes.find(draftId);
        if (quote.getNumber() != null) {
            Messages.error("Quote " + quote.getNumber() + " was sent and can no longer be changed.");
            return false;
        }
        validUntil = quote.getValidUntil();
        editing(quote);
        return true;
    }

    @Override
    protected long saveDraft() {
        Quote saved = isNew()
                ? quotes.createDraft(getClientId(), validUntil, getLines().inputs(), getNotes(), getTerms())
                : quotes.updateDraft(getId(), getVersion(), validUntil, getLines().inputs(), getNotes(), getTerms());
        return saved.getId();
    }

    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
}
