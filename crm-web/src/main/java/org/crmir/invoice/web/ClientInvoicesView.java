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
import org.crmir.invoice.InvoiceQueries;
import org.crmir.shared.web.PagedModel;

/** A client's invoices on the client's page, paged in the database. */
@Named
@ViewScoped
public class ClientInvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceQueries invoices;

    @Inject
    private ClientView client;

    private PagedModel<InvoiceRow> invoiceModel;

    @PostConstruct
    void init() {
        invoiceModel = new PagedModel<>(() -> invoices.count(filter()), page -> invoices.list(filter(), page),
                InvoiceRow::id);
    }

    private InvoiceFilter filter() {
        return new InvoiceFilter(null, client.getId(), null, null, null, null, null);
    }

    public PagedModel<InvoiceRow> getInvoices() { return invoiceModel; }
}
