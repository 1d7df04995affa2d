package org.crmir.audit.web;

import org.crmir.shared.web.ListExport;
import java.util.List;
import java.util.Arrays;
import java.io.IOException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.audit.AuditEntry;
import org.crmir.audit.AuditService;
import org.crmir.shared.web.PagedModel;

/**
 * The audit page. With {@code ?type=Client&id=7} it shows that record's history; without, every recent change,
 * optionally of one user.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    private String type;
    private Long id;
    private String actor;
    private PagedModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = PagedModel.ofPages(page -> type != null && id != null ? audit.historyOf(type, id, page)
                : audit.recent(actor, page), AuditEntry::id);
    }

    public boolean isRecordHistory() {
        return type != null && id != null;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    /** The audit entries the page shows, one line per changed field, as CSV or Excel. */
    public void export(String format) throws IOException {
        String byActor = actor;
        String entityType = type;
        Long entityId = id;
        ListExport.send(format, "audit", List.of("When (UTC)", "By", "Record", "Record id", "Action", "Changes"),
                page -> audit.entries(entityType, entityId, byActor, page), e -> Arrays.asList(e.occurredAt(), e.actor(),
                        e.entityType(), e.entityId(), e.action(), e.changes().stream()
                                .map(c -> c.field() + ": " + (c.before() == null ? "(none)" : c.before()) + " → "
                                        + (c.after() == null ? "(none)" : c.after()))
                                .collect(java.util.stream.Collectors.joining("; "))), AuditEntry::id);
    }

    public PagedModel<AuditEntry> getModel() { return model; }
}
