package org.crmir.quote.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.client.web.ClientView;
import org.crmir.quote.QuoteFilter;
import org.crmir.quote.QuoteQueries;
import org.crmir.quote.QuoteRow;
import org.crmir.shared.web.PagedModel;

/** A client's quotes on the client's page, paged in the database. */
@Named
@ViewScoped
public class ClientQuotesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteQueries quotes;

    @Inject
    private ClientView client;

    private PagedModel<QuoteRow> quoteModel;

    @PostConstruct
    void init() {
        quoteModel = new PagedModel<>(() -> quotes.count(QuoteFilter.ofClient(client.getId())),
                page -> quotes.list(QuoteFilter.ofClient(client.getId()), page), QuoteRow::id);
    }

    public PagedModel<QuoteRow> getQuotes() { return quoteModel; }
}
