package org.crmir.quote.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.quote.QuoteRow;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.web.PagedModel;

/** The quote list, filtered by status, paged in the database. */
@Named
@ViewScoped
public class QuoteListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteService quotes;

    private QuoteStatus status;
    private PagedModel<QuoteRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> quotes.count(status, null), page -> quotes.list(status, null, page),
                QuoteRow::id);
    }

    public QuoteStatus[] getStatuses() { return QuoteStatus.values(); }
    public PagedModel<QuoteRow> getModel() { return model; }
    public QuoteStatus getStatus() { return status; }
    public void setStatus(QuoteStatus status) { this.status = status; }
}
