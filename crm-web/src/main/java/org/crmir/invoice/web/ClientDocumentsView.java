package org.crmir.invoice.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.client.web.ClientView;
import org.crmir.invoice.InvoiceFilter;
import org.crmir.invoice.InvoiceRow;
import org.crmir.invoice.InvoiceService;
import org.crmir.quote.QuoteRow;
import org.crmir.quote.QuoteService;
import org.crmir.shared.web.PagedModel;

/** A client's quotes and invoices on the client's page, each list paged in the database. */
@Named
@ViewScoped
public class ClientDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceService invoices;

    @EJB
    private QuoteService quotes;

    @Inject
    private ClientView client;

    private PagedModel<InvoiceRow> invoiceModel;
    private PagedModel<QuoteRow> quoteModel;

    @PostConstruct
    void init() {
        invoiceModel = new PagedModel<>(() -> invoices.count(filter()), page -> invoices.list(filter(), page),
                InvoiceRow::id);
        quoteModel = new PagedModel<>(() -> quotes.count(null, client.getId()),
                page -> quotes.list(null, client.getId(), page), QuoteRow::id);
    }

    private InvoiceFilter filter() {
        return new InvoiceFilter(null, client.getId(), null, null, null, null, null);
    }

    public PagedModel<InvoiceRow> getInvoices() { return invoiceModel; }
    public PagedModel<QuoteRow> getQuotes() { return quoteModel; }
}
