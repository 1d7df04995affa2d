package org.crmir.contract;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.catalog.Product;
import org.crmir.client.Client;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.DocumentNumbers;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;

/**
 * Contracts: drafted, activated, amended and terminated by sales and administrators, read by everyone.
 * Activation numbers a contract CT-YYYY-NNNN (the year it first comes into force); its revisions (amendments and
 * renewals) keep the number and count up their revision. Drafts that never come into force take no number.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ContractService {

    static final String CONTRACT = "Contract";
    public static final String SERIES = "CT";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    DocumentNumbers numbers;

    @Inject
    IdempotentCreates idempotent;

    @jakarta.ejb.EJB
    org.crmir.communication.CommunicationService communication;

    /** A draft for a client, in the client's currency; the owner defaults to the caller. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract createDraft(ContractDraft draft) {
        if (draft.clientId() == null) {
            throw new InvalidInputException("clientId", "is required");
        }
        Client client = em.find(Client.class, draft.clientId());
        if (client == null) {
            throw new NotFoundException("Client", draft.clientId());
        }
        if (!client.isActive()) {
            throw new RuleViolationException("Client " + client.getName() + " is archived; reactivate it first");
        }
        String caller = Caller.nameOf(context);
        Contract contract = new Contract(client.getId(), client.getCurrency(), caller, Instant.now());
        apply(contract, draft, caller);
        em.persist(contract);
        em.flush();
        audit.record(caller, CONTRACT, contract.getId(), AuditAction.CREATE, Map.of(), contract.auditSnapshot());
        return contract;
    }

    /** As {@link #createDraft(ContractDraft)}, once per {@code idempotencyKey}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract createDraft(ContractDraft draft, String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "contract.create", idempotencyKey,
                () -> createDraft(draft).getId());
        return find(id);
    }

    /** Replaces what a draft last read at {@code expectedVersion} says; an active contract is amended instead. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract updateDraft(long id, long expectedVersion, ContractDraft draft) {
        Contract contract = load(id);
        if (contract.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(CONTRACT + " " + id);
        }
        Map<String, String> before = contract.auditSnapshot();
        apply(contract, draft, contract.getOwner());
        em.flush();
        audit.record(Caller.nameOf(context), CONTRACT, id, AuditAction.UPDATE, before, contract.auditSnapshot());
        return contract;
    }

    /** Adds an important date to a draft or an active contract. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract addMilestone(long id, MilestoneInput milestone) {
        Contract contract = load(id);
        Map<String, String> before = contract.auditSnapshot();
        ContractMilestone added = contract.addMilestone(milestone);
        em.flush();
        Map<String, String> after = contract.auditSnapshot();
        after.put("milestoneAdded", added.getLabel() + " on " + added.getDueDate());
        audit.record(Caller.nameOf(context), CONTRACT, id, AuditAction.UPDATE, before, after);
        return contract;
    }

    /**
     * Puts a draft in force. A first revision takes the next CT number of this year; an amendment keeps its
     * number and replaces the revision before it from its own start date. Activating an active contract again
     * returns it unchanged, so a retried activation is safe.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract activate(long id) {
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(CONTRACT, id);
        }
        if (contract.getStatus() == ContractStatus.ACTIVE) {
            return contract;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        contract.checkActivatable(today);
        String actor = Caller.nameOf(context);
        Map<String, String> before = contract.auditSnapshot();
        if (contract.getPreviousId() != null) {
            Contract previous = em.find(Contract.class, contract.getPreviousId(), LockModeType.PESSIMISTIC_WRITE);
            if (previous.getStatus() != ContractStatus.ACTIVE) {
                throw new RuleViolationException("Revision " + previous.getRevision() + " of " + previous.getNumber()
                        + " is " + previous.getStatus().name().toLowerCase() + "; this amendment can no longer"
                        + " replace it");
            }
            Map<String, String> previousBefore = previous.auditSnapshot();
            previous.supersededBy(contract, contract.getStartDate().minusDays(1));
            audit.record(actor, CONTRACT, previous.getId(), AuditAction.UPDATE, previousBefore,
                    previous.auditSnapshot());
            contract.activate(null, Instant.now());
        } else {
            long value = numbers.next(SERIES, today.getYear());
            contract.activate(DocumentNumbers.format(SERIES, today.getYear(), value, 4), Instant.now());
        }
        em.flush();
        audit.record(actor, CONTRACT, id, AuditAction.UPDATE, before, contract.auditSnapshot());
        return contract;
    }

    /** Ends an active contract early: billing stops after {@code lastDay}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract terminate(long id, LocalDate lastDay, String reason) {
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(CONTRACT, id);
        }
        Map<String, String> before = contract.auditSnapshot();
        contract.terminate(lastDay, reason);
        em.flush();
        audit.record(Caller.nameOf(context), CONTRACT, id, AuditAction.UPDATE, before, contract.auditSnapshot());
        return contract;
    }

    /** A new draft revision of an active contract, starting today, to change its terms. One at a time. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract amend(long id) {
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(CONTRACT, id);
        }
        Contract amendment = contract.amendment(Caller.nameOf(context), Instant.now());
        List<Long> pending = em.createQuery("SELECT c.id FROM Contract c WHERE c.number = :number"
                        + " AND c.revision = :revision", Long.class)
                .setParameter("number", contract.getNumber()).setParameter("revision", amendment.getRevision())
                .getResultList();
        if (!pending.isEmpty()) {
            throw new RuleViolationException("Revision " + amendment.getRevision() + " of " + contract.getNumber()
                    + " is already being drafted; edit that one");
        }
        em.persist(amendment);
        em.flush();
        audit.record(Caller.nameOf(context), CONTRACT, amendment.getId(), AuditAction.CREATE, Map.of(),
                amendment.auditSnapshot());
        return amendment;
    }

    /**
     * What the end date brings, up to {@code today}: auto-renewing contracts renew (again, if the server was down
     * for more than a term), the others expire. Handles up to 200 per call; returns how many changed.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int renewOrExpire(LocalDate today) {
        List<Contract> ending = em.createQuery("SELECT c FROM Contract c WHERE c.status = :active"
                        + " AND c.endDate <= :today ORDER BY c.endDate, c.id", Contract.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(200).getResultList();
        String actor = Caller.nameOf(context);
        int changed = 0;
        for (Contract contract : ending) {
            Map<String, String> before = contract.auditSnapshot();
            if (contract.isDueForRenewal(today)) {
                Contract current = contract;
                while (current.isDueForRenewal(today)) {
                    Map<String, String> currentBefore = current.auditSnapshot();
                    Contract next = current.renew(actor, Instant.now());
                    em.persist(next);
                    em.flush();
                    audit.record(actor, CONTRACT, current.getId(), AuditAction.UPDATE, currentBefore,
                            current.auditSnapshot());
                    Map<String, String> created = next.auditSnapshot();
                    created.put("renewalOf", current.label());
                    audit.record(actor, CONTRACT, next.getId(), AuditAction.CREATE, Map.of(), created);
                    current = next;
                }
                changed++;
            } else if (contract.expireIfEnded(today)) {
                audit.record(actor, CONTRACT, contract.getId(), AuditAction.UPDATE, before, contract.auditSnapshot());
                changed++;
            }
        }
        return changed;
    }

    /** The contract with its lines and important dates loaded. */
    public Contract find(long id) {
        Contract contract = load(id);
        contract.getLines().size();
        contract.getMilestones().size();
        return contract;
    }

    /** All revisions sharing a contract's number, newest first. */
    public List<ContractRow> revisionsOf(long id) {
        Contract contract = load(id);
        if (contract.getNumber() == null) {
            return List.of();
        }
        return em.createQuery(ROW + " WHERE c.clientId = k.id AND c.number = :number ORDER BY c.revision DESC",
                ContractRow.class).setParameter("number", contract.getNumber()).setMaxResults(100).getResultList();
    }

    /**
     * Attaches a file to a contract in any state (the signed PDF comes after signing): at most 10 MB, and only a
     * PDF, PNG, JPEG or DOCX as its content shows, whatever its name says. Stored in the database.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public ContractDocument attach(long id, String fileName, byte[] content) {
        Contract contract = load(id);
        String actor = Caller.nameOf(context);
        ContractDocument document = ContractDocument.of(contract.getId(), fileName, content, actor, Instant.now());
        em.persist(document);
        em.flush();
        em.persist(new ContractDocumentContent(document.getId(), content));
        em.flush();
        Map<String, String> after = new java.util.LinkedHashMap<>();
        after.put("documentAttached", document.getFileName() + " (" + document.getKind() + ", "
                + document.getSizeBytes() + " bytes)");
        audit.record(actor, CONTRACT, id, AuditAction.UPDATE, Map.of(), after);
        return document;
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
     * {@code to} (both inclusive): what the calendar shows for its visible range. Three range queries on indexed
     * dates, each bounded.
     */
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "the range must end on or after its start");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > MAX_CALENDAR_DAYS) {
            throw new InvalidInputException("to", "the calendar shows at most " + MAX_CALENDAR_DAYS + " days at once");
        }
        List<ContractStatus> open = List.of(ContractStatus.DRAFT, ContractStatus.ACTIVE);
        List<CalendarEntry> entries = new ArrayList<>();
        entries.addAll(em.createQuery("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title, m.label,"
                        + " m.dueDate, 'MILESTONE') FROM ContractMilestone m JOIN m.contract c"
                        + " WHERE m.dueDate BETWEEN :from AND :to AND c.status IN :open ORDER BY m.dueDate",
                        CalendarEntry.class).setParameter("from", from).setParameter("to", to)
                .setParameter("open", open).setMaxResults(1000).getResultList());
        entries.addAll(em.createQuery("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title, 'Ends',"
                        + " c.endDate, 'END') FROM Contract c WHERE c.status IN :open AND c.endDate BETWEEN :from"
                        + " AND :to ORDER BY c.endDate", CalendarEntry.class).setParameter("from", from)
                .setParameter("to", to).setParameter("open", open).setMaxResults(1000).getResultList());
        entries.addAll(em.createQuery("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title,"
                        + " 'Notice deadline', c.noticeDeadline, 'NOTICE') FROM Contract c WHERE c.status IN :open"
                        + " AND c.noticeDays > 0 AND c.noticeDeadline BETWEEN :from AND :to ORDER BY c.noticeDeadline",
                        CalendarEntry.class).setParameter("from", from).setParameter("to", to)
                .setParameter("open", open).setMaxResults(1000).getResultList());
        return entries;
    }

    /**
     * What was said about this contract (sent contracts, reminders), newest first, from the communication
     * history: interactions related to the contract, down their (related type, id) index.
     */
    public List<org.crmir.communication.InteractionRow> messagesOf(long id) {
        load(id);
        return communication.about(org.crmir.communication.RelatedDocument.CONTRACT, id);
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
                .setParameter("type", CONTRACT).setParameter("id", id)
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
        Where where = where(filter);
        TypedQuery<ContractRow> query = em.createQuery(ROW + " WHERE k.id = c.clientId" + where.jpql
                + " ORDER BY c.endDate, c.id", ContractRow.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    public long count(ContractFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM Contract c WHERE c.id IS NOT NULL"
                + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private static Where where(ContractFilter f) {
        ContractFilter filter = f == null ? ContractFilter.none() : f;
        StringBuilder jpql = new StringBuilder();
        Map<String, Object> p = new HashMap<>();
        if (filter.status() != null) {
            jpql.append(" AND c.status = :status");
            p.put("status", filter.status());
        }
        if (filter.clientId() != null) {
            jpql.append(" AND c.clientId = :clientId");
            p.put("clientId", filter.clientId());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            jpql.append(" AND c.owner = :owner");
            p.put("owner", filter.owner().strip());
        }
        if (filter.endingWithinDays() != null) {
            if (filter.endingWithinDays() < 0 || filter.endingWithinDays() > 3650) {
                throw new InvalidInputException("endingWithinDays", "must be between 0 and 3650");
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            jpql.append(" AND c.status = :activeOnly AND c.endDate >= :today AND c.endDate <= :until");
            p.put("activeOnly", ContractStatus.ACTIVE);
            p.put("today", today);
            p.put("until", today.plusDays(filter.endingWithinDays()));
        }
        return new Where(jpql.toString(), p);
    }

    // ------------------------------------------------------------------ internals

    private void apply(Contract contract, ContractDraft draft, String defaultOwner) {
        String owner = draft.owner() == null || draft.owner().isBlank() ? defaultOwner : draft.owner().strip();
        Long activeUsers = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :name"
                + " AND u.active = TRUE", Long.class).setParameter("name", owner).getSingleResult();
        if (activeUsers == 0) {
            throw new InvalidInputException("owner", "'" + owner + "' is not an active user");
        }
        contract.define(draft.title(), owner, draft.startDate(), draft.endDate(),
                draft.noticeDays() == null ? 0 : draft.noticeDays(), Boolean.TRUE.equals(draft.autoRenew()),
                draft.renewalMonths(), draft.reminderDays() == null ? 30 : draft.reminderDays(), draft.value(),
                draft.terms());
        contract.signedBy(draft.signatory(), draft.signedOn(), LocalDate.now(ZoneOffset.UTC));
        List<String> currencies = new ArrayList<>(draft.lineCurrencies());
        contract.bill(draft.billingSchedule(), draft.invoiceMode(), priced(draft.lines(), currencies), currencies);
        contract.replaceMilestones(draft.milestones());
    }

    /**
     * Catalog lines take the product's name, price and tax unless the caller gave them; the product's currency
     * replaces the line's in {@code currencies}, for the contract to refuse a foreign one.
     */
    private List<LineInput> priced(List<LineInput> lines, List<String> currencies) {
        List<LineInput> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineInput line = lines.get(i);
            if (line == null) {
                throw new InvalidInputException("lines[" + i + "]", "is empty");
            }
            if (line.productId() == null) {
                priced.add(line);
                continue;
            }
            Product product = em.find(Product.class, line.productId());
            if (product == null || !product.isActive()) {
                throw new InvalidInputException("lines[" + i + "].productId", "product " + line.productId()
                        + " is not in the catalog");
            }
            while (currencies.size() <= i) {
                currencies.add(null);
            }
            currencies.set(i, product.getCurrency());
            priced.add(new LineInput(product.getId(),
                    line.description() == null || line.description().isBlank() ? product.getName()
                            : line.description(),
                    line.quantity() == null ? java.math.BigDecimal.ONE : line.quantity(),
                    line.unit() == null ? product.getUnit() : line.unit(),
                    line.unitPrice() == null ? product.getUnitPrice() : line.unitPrice(),
                    line.discountPercent(),
                    line.taxRate() != null ? line.taxRate()
                            : product.getTaxRate() == null ? null : product.getTaxRate().getPercentage()));
        }
        return priced;
    }

    private Contract load(long id) {
        Contract contract = em.find(Contract.class, id);
        if (contract == null) {
            throw new NotFoundException(CONTRACT, id);
        }
        return contract;
    }
}
