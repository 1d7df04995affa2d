package org.crmir.contract;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.InteractionRow;
import org.crmir.communication.RelatedDocument;
import org.crmir.document.Drafting;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Keyset;
import org.crmir.shared.ListConditions;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;

/**
 * What is known about contracts, for everyone who may read them: the filtered list, a contract's revisions,
 * attached files, messages, reminders, invoices and history, and the calendar of coming dates. Changes go
 * through {@link ContractService}.
 */
@Stateless
// Reads only, so no transaction of its own; joins the caller's (docs/ARCHITECTURE.md, "Data").
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ContractQueries {

    @Inject
    EntityManager em;

    @Inject
    ContractDates dates;

    @Inject
    Drafting drafting;

    @EJB
    CommunicationService communication;

    @Resource
    SessionContext context;

    /** All revisions sharing a contract's number, newest first. */
    public List<ContractRow> revisionsOf(long id) {
        Contract contract = load(id);
        if (contract.getNumber() == null) {
            return List.of();
        }
        return em.createQuery(ROW + " WHERE c.clientId = k.id AND c.number = :number ORDER BY c.revision DESC",
                ContractRow.class).setParameter("number", contract.getNumber()).setMaxResults(100).getResultList();
    }

    /** The files attached to a contract, newest first, without their bytes. */
    public List<ContractDocument> documentsOf(long id) {
        load(id);
        return em.createQuery("SELECT d FROM ContractDocument d WHERE d.contractId = :id ORDER BY d.id DESC",
                ContractDocument.class).setParameter("id", id).setMaxResults(200).getResultList();
    }

    /** One attached file with its bytes. */
    public DocumentDownload download(long id, long documentId) {
        ContractDocument document = em.find(ContractDocument.class, documentId);
        if (document == null || document.getContractId() != id) {
            throw new NotFoundException("Document", documentId);
        }
        ContractDocumentContent content = em.find(ContractDocumentContent.class, documentId);
        return new DocumentDownload(document.getFileName(), document.getContentType(), content.getContent());
    }

    /** The longest range the calendar loads at once (a month view with its overlapping weeks fits). */
    public static final int MAX_CALENDAR_DAYS = 100;

    /**
     * Important dates, end dates and notice deadlines of draft and active contracts from {@code from} to
     * {@code to} (both inclusive): what the calendar shows for its visible range.
     */
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "the range must end on or after its start");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > MAX_CALENDAR_DAYS) {
            throw new InvalidInputException("to", "the calendar shows at most " + MAX_CALENDAR_DAYS + " days at once");
        }
        return dates.between(from, to, null, 1000);
    }

    /**
     * What was said about this contract (sent contracts, reminders), newest first, from the communication
     * history: interactions related to the contract, down their (related type, id) index.
     */
    public List<InteractionRow> messagesOf(long id) {
        load(id);
        return communication.about(RelatedDocument.CONTRACT, id);
    }

    /** The reminders sent for this contract, newest first. */
    public List<SentReminder> remindersOf(long id) {
        load(id);
        return em.createQuery("SELECT r FROM SentReminder r WHERE r.contractId = :id ORDER BY r.id DESC",
                SentReminder.class).setParameter("id", id).setMaxResults(200).getResultList();
    }

    /** The invoices recurring billing made for this contract (all its revisions), latest period first. */
    public List<ContractInvoice> invoicesOf(long id, PageRequest page) {
        Contract contract = load(id);
        if (contract.getNumber() == null) {
            return List.of();
        }
        return em.createQuery("SELECT NEW org.crmir.contract.ContractInvoice(b.periodStart, b.periodEnd, i.id,"
                        + " i.number, i.status, i.currency, i.total) FROM BilledPeriod b, Invoice i"
                        + " WHERE b.invoiceId = i.id AND b.contractNumber = :number"
                        + " ORDER BY b.periodStart DESC", ContractInvoice.class)
                .setParameter("number", contract.getNumber()).setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList();
    }

    /**
     * The history of this revision from the audit trail, newest first: readable by everyone who may read the
     * contract (the full audit screen stays with administrators).
     */
    public List<ContractEvent> historyOf(long id, PageRequest page) {
        load(id);
        List<org.crmir.audit.AuditEvent> events = em.createQuery("SELECT e FROM AuditEvent e"
                        + " WHERE e.entityType = :type AND e.entityId = :id ORDER BY e.id DESC",
                        org.crmir.audit.AuditEvent.class)
                .setParameter("type", ContractService.CONTRACT).setParameter("id", id)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return events.stream().map(e -> new ContractEvent(e.getOccurredAt(), e.getActor(), e.getAction().name(),
                describe(e.getChanges()))).toList();
    }

    /** "status: DRAFT → ACTIVE; number: – → CT-2026-0001" from the stored JSON changes. */
    private static String describe(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            for (jakarta.json.JsonValue value : reader.readArray()) {
                jakarta.json.JsonObject change = value.asJsonObject();
                if (text.length() > 0) {
                    text.append("; ");
                }
                text.append(change.getString("field")).append(": ")
                        .append(change.isNull("before") ? "–" : change.getString("before")).append(" → ")
                        .append(change.isNull("after") ? "–" : change.getString("after"));
            }
        }
        return text.toString();
    }

    private static final String ROW = "SELECT NEW org.crmir.contract.ContractRow(c.id, c.number, c.revision,"
            + " c.clientId, k.name, c.title, c.owner, c.status, c.startDate, c.endDate, c.autoRenew, c.currency,"
            + " c.value) FROM Contract c, Client k";

    /** One page of the filtered list, ending soonest first, with client names; one query, no entity per row. */
    public List<ContractRow> list(ContractFilter filter, PageRequest page) {
        ListConditions where = where(filter).after(Keyset.after(em, Contract.class, "c", "endDate", false,
                page.afterId()));
        return where.bindPage(em.createQuery(ROW + " WHERE k.id = c.clientId" + where.jpql() + " ORDER BY c.endDate, c.id",
                ContractRow.class), em).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    /** How many contracts the list holds under the same condition. */
    public long count(ContractFilter filter) {
        ListConditions where = where(filter);
        return where.bind(em.createQuery("SELECT COUNT(c) FROM Contract c WHERE c.id IS NOT NULL" + where.jpql(),
                Long.class)).getSingleResult();
    }

    private ListConditions where(ContractFilter f) {
        ContractFilter filter = f == null ? ContractFilter.none() : f;
        ListConditions where = new ListConditions()
                .equal("c.status", "status", filter.status())
                .equal("c.clientId", "clientId", filter.clientId())
                .equal("c.owner", "contractOwner", filter.contractOwner() == null || filter.contractOwner().isBlank()
                        ? null : filter.contractOwner().strip())
                .equal("c.currency", "currency", filter.currency())
                .owner("c.clientId", filter.owner(), Caller.nameOf(context))
                .dates("c.endDate", "ending", filter.endingFrom(), filter.endingTo())
                .dates("c.noticeDeadline", "notice", filter.noticeFrom(), filter.noticeTo());
        if (filter.endingWithinDays() != null) {
            if (filter.endingWithinDays() < 0 || filter.endingWithinDays() > 3650) {
                throw new InvalidInputException("endingWithinDays", "must be between 0 and 3650");
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            where.add(" AND c.status = :activeOnly AND c.endDate >= :today AND c.endDate <= :until", Map.of(
                    "activeOnly", ContractStatus.ACTIVE, "today", today,
                    "until", today.plusDays(filter.endingWithinDays())));
        }
        return where;
    }

    private Contract load(long id) {
        return drafting.load(ContractService.KIND, id);
    }
}
