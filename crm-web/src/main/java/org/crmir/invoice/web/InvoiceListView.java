package org.crmir.invoice.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.invoice.CurrencyTotal;
import org.crmir.invoice.InvoiceFilter;
import org.crmir.invoice.InvoiceRow;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.web.CsvExport;
import org.crmir.shared.web.PagedModel;

/**
 * The invoice list: filtered and paged in the database. The sums per currency read every matching invoice, so
 * they are computed when the user asks for them, and then again on each change of the filter while shown.
 */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceService invoices;

    @EJB
    private ClientService clients;

    private InvoiceStatus status;
    /** The client filter as typed or chosen, "Name (#id)", and the id it names. */
    private String client;
    private Long clientId;
    private String number;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal minTotal;
    private BigDecimal maxTotal;
    private PagedModel<InvoiceRow> model;
    private List<CurrencyTotal> totals;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> invoices.count(filter()), page -> invoices.list(filter(), page),
                InvoiceRow::id);
    }

    InvoiceFilter filter() {
        return new InvoiceFilter(status, clientId, from, to, minTotal, maxTotal, number);
    }

    public void showTotals() {
        totals = invoices.totals(filter());
    }

    public void hideTotals() {
        totals = null;
    }

    /** Called by every filter field: shown sums follow the filter. */
    public void filterChanged() {
        if (totals != null) {
            showTotals();
        }
    }

    /** Clients matching what was typed, for the client filter. */
    public List<String> completeClient(String text) {
        return ClientChoice.complete(clients, text);
    }

    /** The invoices the list shows (all its filters), as CSV. */
    public void exportCsv() throws IOException {
        InvoiceFilter filter = filter();
        CsvExport.download("invoices.csv", List.of("Number", "Client", "Status", "Issued", "Due", "Currency", "Total",
                "Balance"), page -> invoices.list(filter, page), i -> Arrays.asList(i.number(), i.clientName(),
                i.status(), i.issueDate(), i.dueDate(), i.currency(), i.total(), i.balance()));
    }

    public boolean isTotalsShown() { return totals != null; }
    public List<CurrencyTotal> getTotals() { return totals == null ? List.of() : totals; }

    public InvoiceStatus[] getStatuses() { return InvoiceStatus.values(); }
    public PagedModel<InvoiceRow> getModel() { return model; }
    public InvoiceStatus getStatus() { return status; }
    public void setStatus(InvoiceStatus status) { this.status = status; }
    public String getClient() { return client; }
    /** A chosen "Name (#id)" filters by that client; an empty field by none. */
    public void setClient(String client) {
        this.client = client;
        this.clientId = ClientChoice.idOf(client);
    }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public BigDecimal getMinTotal() { return minTotal; }
    public void setMinTotal(BigDecimal minTotal) { this.minTotal = minTotal; }
    public BigDecimal getMaxTotal() { return maxTotal; }
    public void setMaxTotal(BigDecimal maxTotal) { this.maxTotal = maxTotal; }
}
