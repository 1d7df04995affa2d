package org.crmir.payment.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.identity.UserService;
import org.crmir.identity.web.OwnerChoice;
import org.crmir.payment.PaymentFilter;
import org.crmir.payment.PaymentKind;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentQueries;
import org.crmir.payment.PaymentRow;
import org.crmir.payment.PaymentStatus;
import org.crmir.shared.api.QueryValues;
import org.crmir.shared.web.ListExport;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UrlFilters;

/**
 * The payments list of finance (/finance/payments.xhtml): every client's payments and refunds, recorded ones
 * unless voided ones are asked for, filtered and paged in the database, downloadable as CSV. The dashboard
 * links here with URL parameters (currency, owner: {@code me} or a user id, method, kind: payment or refund,
 * receivedFrom, receivedTo, client; also status: recorded or voided), which fill the filter fields.
 */
@Named
@ViewScoped
public class PaymentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PaymentQueries payments;

    @EJB
    private ClientService clients;

    @EJB
    private UserService users;

    private final UrlFilters url = new UrlFilters();
    private PaymentStatus status;
    private String currency;
    /** The client owner filter as chosen: "My clients" or "Name (#id)". */
    private String owner;
    private PaymentMethod method;
    private PaymentKind kind;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    /** The client filter as typed or chosen, "Name (#id)", and the id it names. */
    private String client;
    private Long clientId;
    private PagedModel<PaymentRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> payments.count(filter()), page -> payments.list(filter(), page),
                PaymentRow::id);
    }

    /** Fills the filter fields from the URL, once, on the first request. */
    public void applyUrl() {
        status = url.read("status", (n, v) -> QueryValues.oneOf(n, v, PaymentStatus.class));
        currency = url.read("currency", QueryValues::currency);
        owner = OwnerChoice.label(url.read("owner", QueryValues::owner), users);
        method = url.read("method", (n, v) -> QueryValues.oneOf(n, v, PaymentMethod.class));
        kind = url.read("kind", (n, v) -> QueryValues.oneOf(n, v, PaymentKind.class));
        receivedFrom = url.read("receivedFrom", QueryValues::date);
        receivedTo = url.read("receivedTo", QueryValues::date);
        Long byUrl = url.read("client", QueryValues::id);
        if (byUrl != null) {
            clientId = byUrl;
            client = ClientChoice.labelOf(clients, byUrl);
        }
    }

    PaymentFilter filter() {
        return new PaymentFilter(status, currency, OwnerChoice.ownerOf(owner), method, kind, receivedFrom, receivedTo,
                clientId);
    }

    /** "My clients" and users matching what was typed, for the client owner filter. */
    public List<String> completeOwner(String text) {
        return OwnerChoice.complete(users, text);
    }

    /** Clients matching what was typed, for the client filter. */
    public List<String> completeClient(String text) {
        return ClientChoice.complete(clients, text);
    }

    /** The payments the list shows (all its filters), as CSV or Excel. */
    public void export(String format) throws IOException {
        PaymentFilter filter = filter();
        ListExport.send(format, "payments",
                List.of("Received on", "Client", "Method", "Kind", "Reference", "Currency",
                "Amount", "Allocated", "Status"), page -> payments.list(filter, page), p -> Arrays.asList(
                p.receivedOn(), p.clientName(), p.method(), p.kind(), p.reference(), p.currency(), p.amount(),
                p.allocated(), p.status()), p -> p.id());
    }

    public PaymentStatus[] getStatuses() { return PaymentStatus.values(); }
    public PaymentMethod[] getMethods() { return PaymentMethod.values(); }
    public PaymentKind[] getKinds() { return PaymentKind.values(); }
    public PagedModel<PaymentRow> getModel() { return model; }
    public UrlFilters getUrl() { return url; }
    public PaymentStatus getStatus() { return status; }
    public void setStatus(PaymentStatus status) { this.status = status; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public PaymentKind getKind() { return kind; }
    public void setKind(PaymentKind kind) { this.kind = kind; }
    public LocalDate getReceivedFrom() { return receivedFrom; }
    public void setReceivedFrom(LocalDate receivedFrom) { this.receivedFrom = receivedFrom; }
    public LocalDate getReceivedTo() { return receivedTo; }
    public void setReceivedTo(LocalDate receivedTo) { this.receivedTo = receivedTo; }
    public String getClient() { return client; }
    /** A chosen "Name (#id)" filters by that client; an empty field by none. */
    public void setClient(String client) {
        this.client = client;
        this.clientId = ClientChoice.idOf(client);
    }
}
