package org.crmir.contract.web;

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
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.contract.ContractFilter;
import org.crmir.contract.ContractRow;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractStatus;
import org.crmir.identity.UserService;
import org.crmir.identity.web.OwnerChoice;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.QueryValues;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UrlFilters;

/**
 * The contract list: filtered by status, client, currency, the client's owner, the contract's owner, end dates,
 * notice deadlines and "ending within N days", paged in the database. The dashboard links here with URL
 * parameters (status, currency, owner: {@code me} or a user id, endingFrom, endingTo, noticeFrom, noticeTo;
 * also clientId), which fill the filter fields.
 */
@Named
@ViewScoped
public class ContractListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContractQueries contracts;

    @EJB
    private ClientService clients;

    @EJB
    private UserService users;

    private final UrlFilters url = new UrlFilters();
    /** As the URL and the status menu name it: a status in lower case. */
    private String status;
    private Long clientId;
    private String client;
    /** The contract's own owner, a username. */
    private String contractOwner;
    /** The client's owner as chosen: "My clients" or "Name (#id)". */
    private String owner;
    private String currency;
    private LocalDate endingFrom;
    private LocalDate endingTo;
    private LocalDate noticeFrom;
    private LocalDate noticeTo;
    private Integer endingWithinDays;
    private PagedModel<ContractRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::count, page -> {
            try {
                return contracts.list(filter(), page);
            } catch (InvalidInputException e) {
                return List.of();
            }
        }, ContractRow::id);
    }

    private long count() {
        try {
            return contracts.count(filter());
        } catch (InvalidInputException e) {
            Messages.invalid(e);
            return 0;
        }
    }

    /** The contracts the list shows (all its filters), as CSV or Excel. */
    public void export(String format) throws IOException {
        var filter = filter();
        ListExport.send(format, "contracts", List.of("Number", "Revision", "Client", "Title", "Owner", "Status",
                "Start", "End", "Renews automatically", "Currency", "Value"), page -> contracts.list(filter, page),
                c -> Arrays.asList(c.number(), c.revision(), c.clientName(), c.title(), c.owner(), c.status(),
                        c.startDate(), c.endDate(), c.autoRenew(), c.currency(), c.value()), c -> c.id());
    }

    /** Fills the filter fields from the URL, once, on the first request. */
    public void applyUrl() {
        status = url.read("status", (n, v) -> QueryValues.oneOf(n, v, ContractStatus.class).name()
                .toLowerCase(Locale.ROOT));
        currency = url.read("currency", QueryValues::currency);
        owner = OwnerChoice.label(url.read("owner", QueryValues::owner), users);
        endingFrom = url.read("endingFrom", QueryValues::date);
        endingTo = url.read("endingTo", QueryValues::date);
        noticeFrom = url.read("noticeFrom", QueryValues::date);
        noticeTo = url.read("noticeTo", QueryValues::date);
        Long byUrl = url.read("clientId", QueryValues::id);
        if (byUrl != null) {
            clientId = byUrl;
            client = ClientChoice.labelOf(clients, byUrl);
        }
    }

    ContractFilter filter() {
        return new ContractFilter(QueryValues.oneOf("status", status, ContractStatus.class), clientId, contractOwner,
                endingWithinDays, currency, OwnerChoice.ownerOf(owner), endingFrom, endingTo, noticeFrom, noticeTo);
    }

    /** "My clients" and users matching what was typed, for the client owner filter. */
    public List<String> completeOwner(String text) {
        return OwnerChoice.complete(users, text);
    }

    /** Clients whose name starts with what was typed, for the client filter: "Name (#id)". */
    public List<String> completeClient(String text) {
        return clients.list(ClientFilter.matching(text), PageRequest.first(10)).stream()
                .map(c -> ClientChoice.label(c.name(), c.id())).toList();
    }

    public ContractStatus[] getStatuses() { return ContractStatus.values(); }
    public PagedModel<ContractRow> getModel() { return model; }
    public UrlFilters getUrl() { return url; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getContractOwner() { return contractOwner; }
    public void setContractOwner(String contractOwner) { this.contractOwner = contractOwner; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getEndingFrom() { return endingFrom; }
    public void setEndingFrom(LocalDate endingFrom) { this.endingFrom = endingFrom; }
    public LocalDate getEndingTo() { return endingTo; }
    public void setEndingTo(LocalDate endingTo) { this.endingTo = endingTo; }
    public LocalDate getNoticeFrom() { return noticeFrom; }
    public void setNoticeFrom(LocalDate noticeFrom) { this.noticeFrom = noticeFrom; }
    public LocalDate getNoticeTo() { return noticeTo; }
    public void setNoticeTo(LocalDate noticeTo) { this.noticeTo = noticeTo; }
    public String getClient() { return client; }
    /** A chosen "Name (#id)" filters by that client; an empty field by none. */
    public void setClient(String client) {
        this.client = client;
        this.clientId = ClientChoice.idOf(client);
    }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public Integer getEndingWithinDays() { return endingWithinDays; }
    public void setEndingWithinDays(Integer endingWithinDays) { this.endingWithinDays = endingWithinDays; }
}
