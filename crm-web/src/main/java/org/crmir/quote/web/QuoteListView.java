package org.crmir.quote.web;

import org.crmir.shared.web.ListExport;
import java.util.Arrays;
import java.io.IOException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crmir.identity.UserService;
import org.crmir.identity.web.OwnerChoice;
import org.crmir.quote.QuoteFilter;
import org.crmir.quote.QuoteQueries;
import org.crmir.quote.QuoteRow;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.api.QueryValues;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UrlFilters;

/**
 * The quote list, filtered by status (or "open": draft and sent), currency, client owner, decision and creation
 * days, paged in the database. The dashboard links here with those as URL parameters (status, currency, owner,
 * decidedFrom, decidedTo, createdFrom, createdTo), which fill the filter fields.
 */
@Named
@ViewScoped
public class QuoteListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteQueries quotes;

    @EJB
    private UserService users;

    private final UrlFilters url = new UrlFilters();
    /** As the URL and the status menu name it: a status in lower case, or "open". */
    private String status;
    private String currency;
    private String owner;
    private LocalDate decidedFrom;
    private LocalDate decidedTo;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private PagedModel<QuoteRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> quotes.count(filter()), page -> quotes.list(filter(), page), QuoteRow::id);
    }

    /** Fills the filter fields from the URL, once, on the first request. */
    public void applyUrl() {
        status = url.read("status", (n, v) -> QueryValues.statuses(n, v, QuoteStatus.class, QuoteFilter.GROUPS)
                .isEmpty() ? null : v.strip().toLowerCase(Locale.ROOT));
        currency = url.read("currency", QueryValues::currency);
        owner = OwnerChoice.label(url.read("owner", QueryValues::owner), users);
        decidedFrom = url.read("decidedFrom", QueryValues::date);
        decidedTo = url.read("decidedTo", QueryValues::date);
        createdFrom = url.read("createdFrom", QueryValues::date);
        createdTo = url.read("createdTo", QueryValues::date);
    }

    QuoteFilter filter() {
        return new QuoteFilter(QueryValues.statuses("status", status, QuoteStatus.class, QuoteFilter.GROUPS), null,
                currency, OwnerChoice.ownerOf(owner), decidedFrom, decidedTo, createdFrom, createdTo);
    }

    /** The quotes the list shows (all its filters), as CSV or Excel. */
    public void export(String format) throws IOException {
        QuoteFilter filter = filter();
        ListExport.send(format, "quotes", List.of("Number", "Client", "Status", "Valid until", "Currency", "Total"),
                page -> quotes.list(filter, page), q -> Arrays.asList(q.number(), q.clientName(), q.status(),
                        q.validUntil(), q.currency(), q.total()), q -> q.id());
    }

    /** "My clients" and users matching what was typed, for the client owner filter. */
    public List<String> completeOwner(String text) {
        return OwnerChoice.complete(users, text);
    }

    public QuoteStatus[] getStatuses() { return QuoteStatus.values(); }
    public PagedModel<QuoteRow> getModel() { return model; }
    public UrlFilters getUrl() { return url; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDecidedFrom() { return decidedFrom; }
    public void setDecidedFrom(LocalDate decidedFrom) { this.decidedFrom = decidedFrom; }
    public LocalDate getDecidedTo() { return decidedTo; }
    public void setDecidedTo(LocalDate decidedTo) { this.decidedTo = decidedTo; }
    public LocalDate getCreatedFrom() { return createdFrom; }
    public void setCreatedFrom(LocalDate createdFrom) { this.createdFrom = createdFrom; }
    public LocalDate getCreatedTo() { return createdTo; }
    public void setCreatedTo(LocalDate createdTo) { this.createdTo = createdTo; }
}
