package org.crmir.client.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.client.ClientStatus;
import org.crmir.client.ClientSummary;
import org.crmir.shared.web.ListExport;
import org.crmir.shared.web.PagedModel;

/** The client list: searched, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class ClientListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientService clients;

    private String search;
    /** ACTIVE, ARCHIVED, or ALL. */
    private String status = ClientStatus.ACTIVE.name();
    private String segment;
    private PagedModel<ClientSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> clients.count(filter()), page -> clients.list(filter(), page),
                ClientSummary::id);
    }

    ClientFilter filter() {
        ClientStatus chosen = "ALL".equals(status) || status == null ? null : ClientStatus.valueOf(status);
        return new ClientFilter(search, chosen, segment, null, null, model == null ? null : model.getColumnFilters());
    }

    /** The clients the list shows (search, status, segment and column filters), as CSV or Excel. */
    public void export(String format) throws IOException {
        ClientFilter filter = filter();
        ListExport.send(format, "clients", List.of("Name", "Kind", "Email", "Phone", "Segment", "Currency", "Owner",
                "Status"), page -> clients.list(filter, page), c -> Arrays.asList(c.name(), c.kind(), c.email(),
                c.phone(), c.segment(), c.currency(), c.ownerName(), c.status()), c -> c.id());
    }

    public PagedModel<ClientSummary> getModel() { return model; }
    public ClientKind[] getKinds() { return ClientKind.values(); }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
}
