package org.crmir.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.contract.ContractFilter;
import org.crmir.contract.ContractRow;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;

/** The contract list: filtered by status, client, owner and "ending within N days", paged in the database. */
@Named
@ViewScoped
public class ContractListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContractQueries contracts;

    @EJB
    private ClientService clients;

    private ContractStatus status;
    private Long clientId;
    private String client;
    private String owner;
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

    ContractFilter filter() {
        return new ContractFilter(status, clientId, owner, endingWithinDays);
    }

    /** Clients whose name starts with what was typed, for the client filter: "Name (#id)". */
    public List<String> completeClient(String text) {
        return clients.list(ClientFilter.matching(text), PageRequest.first(10)).stream()
                .map(c -> ClientChoice.label(c.name(), c.id())).toList();
    }

    public ContractStatus[] getStatuses() { return ContractStatus.values(); }
    public PagedModel<ContractRow> getModel() { return model; }
    public ContractStatus getStatus() { return status; }
    public void setStatus(ContractStatus status) { this.status = status; }
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
