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
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.web.ProductChoice;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.identity.UserService;
import org.crmir.identity.web.OwnerChoice;
import org.crmir.invoice.CurrencyTotal;
import org.crmir.invoice.InvoiceFilter;
import org.crmir.invoice.InvoiceRow;
import org.crmir.invoice.InvoiceQueries;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.api.QueryValues;
import org.crmir.shared.web.ListExport;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UrlFilters;

/**
 * The invoice list: filtered and paged in the database. The sums per currency read every matching invoice, so
 * they are computed when the user asks for them, and then again on each change of the filter while shown.
 * The dashboard links here with URL parameters (status, also {@code open} or {@code billed}; currency; owner,
 * {@code me} or a user id; dueFrom, dueTo, issuedFrom, issuedTo, paidFrom, paidTo; client; product), which fill
 * the filter fields.
 */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceQueries invoices;

    @EJB
    private ClientService clients;

    @EJB
    private UserService users;

    @EJB
    private CatalogService catalog;

    private final UrlFilters url = new UrlFilters();
    /** As the URL and the status menu name it: a status in lower case, or "open". */
    private String status;
    private String currency;
    /** The client owner filter as chosen: "My clients" or "Name (#id)". */
    private String owner;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private LocalDate paidFrom;
    private LocalDate paidTo;
    /** The client filter as typed or chosen, "Name (#id)", and the id it names. */
    private String client;
    private Long clientId;
    /** The product filter as chosen, "Name (#id)", and the id it names. */
    private String product;
    private Long productId;
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

    /** Fills the filter fields from the URL, once, on the first request. */
    public void applyUrl() {
        status = url.read("status", (n, v) -> QueryValues.statuses(n, v, InvoiceStatus.class, InvoiceFilter.GROUPS)
                .isEmpty() ? null : v.strip().toLowerCase(java.util.Locale.ROOT));
        currency = url.read("currency", QueryValues::currency);
        owner = OwnerChoice.label(url.read("owner", QueryValues::owner), users);
        dueFrom = url.read("dueFrom", QueryValues::date);
        dueTo = url.read("dueTo", QueryValues::date);
        from = url.read("issuedFrom", QueryValues::date);
        to = url.read("issuedTo", QueryValues::date);
        paidFrom = url.read("paidFrom", QueryValues::date);
        paidTo = url.read("paidTo", QueryValues::date);
        Long byUrl = url.read("client", QueryValues::id);
        if (byUrl != null) {
            clientId = byUrl;
            client = ClientChoice.labelOf(clients, byUrl);
        }
        Long productByUrl = url.read("product", QueryValues::id);
        if (productByUrl != null) {
            productId = productByUrl;
            product = ProductChoice.labelOf(catalog, productByUrl);
        }
    }

    InvoiceFilter filter() {
        return new InvoiceFilter(QueryValues.statuses("status", status, InvoiceStatus.class, InvoiceFilter.GROUPS),
                clientId, from, to, minTotal, maxTotal, number, currency, OwnerChoice.ownerOf(owner), dueFrom, dueTo,
                paidFrom, paidTo, productId);
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

    /** "My clients" and users matching what was typed, for the client owner filter. */
    public List<String> completeOwner(String text) {
        return OwnerChoice.complete(users, text);
    }

    /** Clients matching what was typed, for the client filter. */
    public List<String> completeClient(String text) {
        return ClientChoice.complete(clients, text);
    }

    /** Products and services matching what was typed, for the product filter. */
    public List<String> completeProduct(String text) {
        return ProductChoice.complete(catalog, text);
    }

    /** The invoices the list shows (all its filters), as CSV or Excel. */
    public void export(String format) throws IOException {
        InvoiceFilter filter = filter();
        ListExport.send(format, "invoices",
                List.of("Number", "Client", "Status", "Issued", "Due", "Currency", "Total",
                "Balance"), page -> invoices.list(filter, page), i -> Arrays.asList(i.number(), i.clientName(),
                i.status(), i.issueDate(), i.dueDate(), i.currency(), i.total(), i.balance()), i -> i.id());
    }

    public boolean isTotalsShown() { return totals != null; }
    public List<CurrencyTotal> getTotals() { return totals == null ? List.of() : totals; }

    public InvoiceStatus[] getStatuses() { return InvoiceStatus.values(); }
    public PagedModel<InvoiceRow> getModel() { return model; }
    public UrlFilters getUrl() { return url; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueFrom() { return dueFrom; }
    public void setDueFrom(LocalDate dueFrom) { this.dueFrom = dueFrom; }
    public LocalDate getDueTo() { return dueTo; }
    public void setDueTo(LocalDate dueTo) { this.dueTo = dueTo; }
    public LocalDate getPaidFrom() { return paidFrom; }
    public void setPaidFrom(LocalDate paidFrom) { this.paidFrom = paidFrom; }
    public LocalDate getPaidTo() { return paidTo; }
    public void setPaidTo(LocalDate paidTo) { this.paidTo = paidTo; }
    public String getClient() { return client; }
    /** A chosen "Name (#id)" filters by that client; an empty field by none. */
    public void setClient(String client) {
        this.client = client;
        this.clientId = ClientChoice.idOf(client);
    }
    public Long getClientId() { return clientId; }
    public String getProduct() { return product; }
    /** A chosen "Name (#id)" filters by that product; an empty field by none. */
    public void setProduct(String product) {
        this.product = product;
        this.productId = org.crmir.shared.web.ChoiceLabel.idOf(product);
    }
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
