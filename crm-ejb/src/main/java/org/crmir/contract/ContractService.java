package org.crmir.contract;

import org.crmir.shared.BusinessEventType;
import org.crmir.shared.BusinessEvent;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.catalog.Product;
import org.crmir.client.Client;
import org.crmir.document.DocumentKind;
import org.crmir.document.Drafting;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccounts;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.DocumentNumbers;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.RuleViolationException;

/**
 * Contracts: drafted, activated, amended and terminated by sales and administrators, read by everyone.
 * Activation numbers a contract CT-YYYY-NNNN (the year it first comes into force); its revisions (amendments and
 * renewals) keep the number and count up their revision. Drafts that never come into force take no number.
 * What is known about contracts (list, calendar, history, messages) is read through {@link ContractQueries}.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ContractService {

    static final String CONTRACT = "Contract";
    static final DocumentKind<Contract> KIND = new DocumentKind<>(Contract.class, CONTRACT, Contract::getId,
            Contract::getVersion, Contract::auditSnapshot);
    public static final String SERIES = "CT";

    @Inject
    EntityManager em;

    @Inject
    Event<BusinessEvent> happened;

    @Inject
    UserAccounts accounts;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Drafting drafting;

    @Inject
    DocumentNumbers numbers;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Figures figures;

    /** A draft for a client, in the client's currency; the owner defaults to the caller. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract createDraft(ContractDraft draft) {
        if (draft.clientId() == null) {
            throw new InvalidInputException("clientId", "is required");
        }
        Client client = drafting.activeClient(draft.clientId());
        String caller = Caller.nameOf(context);
        Contract contract = new Contract(client.getId(), client.getCurrency(), caller, clock.now());
        apply(contract, draft, caller);
        Contract created = drafting.create(KIND, caller, contract);
        figures.added(FigureSource.CONTRACT, created.getId());
        return created;
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
        Contract loaded = load(id);
        FigureChange figuresMoving = figures.changing(FigureSource.CONTRACT, id);
        Contract edited = drafting.edit(KIND, Caller.nameOf(context), loaded, expectedVersion,
                contract -> apply(contract, draft, contract.getOwner()));
        figuresMoving.apply();
        return edited;
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
        Contract contract = drafting.lock(KIND, id);
        if (contract.getStatus() == ContractStatus.ACTIVE) {
            return contract;
        }
        LocalDate today = clock.today();
        contract.checkActivatable(today);
        String actor = Caller.nameOf(context);
        Map<String, String> before = contract.auditSnapshot();
        FigureChange figuresMoving = figures.changing(FigureSource.CONTRACT, contract.getPreviousId() == null
                ? List.of(id) : List.of(id, contract.getPreviousId()));
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
            contract.activate(null, clock.now());
        } else {
            long value = numbers.next(SERIES, today.getYear());
            contract.activate(DocumentNumbers.format(SERIES, today.getYear(), value, 4), clock.now());
        }
        figuresMoving.apply();
        audit.record(actor, CONTRACT, id, AuditAction.UPDATE, before, contract.auditSnapshot());
        return contract;
    }

    /** Ends an active contract early: billing stops after {@code lastDay}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract terminate(long id, LocalDate lastDay, String reason) {
        Contract locked = drafting.lock(KIND, id);
        FigureChange figuresMoving = figures.changing(FigureSource.CONTRACT, id);
        Contract terminated = drafting.change(KIND, Caller.nameOf(context), locked,
                contract -> contract.terminate(lastDay, reason));
        figuresMoving.apply();
        return terminated;
    }

    /** A new draft revision of an active contract, starting today, to change its terms. One at a time. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Contract amend(long id) {
        Contract contract = drafting.lock(KIND, id);
        Contract amendment = contract.amendment(Caller.nameOf(context), clock.now());
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
        figures.added(FigureSource.CONTRACT, amendment.getId());
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
        FigureChange figuresMoving = figures.changing(FigureSource.CONTRACT,
                ending.stream().map(Contract::getId).toList());
        List<Long> renewals = new ArrayList<>();
        int changed = 0;
        for (Contract contract : ending) {
            Map<String, String> before = contract.auditSnapshot();
            if (contract.isDueForRenewal(today)) {
                Contract current = contract;
                while (current.isDueForRenewal(today)) {
                    Map<String, String> currentBefore = current.auditSnapshot();
                    Contract next = current.renew(actor, clock.now());
                    em.persist(next);
                    em.flush();
                    audit.record(actor, CONTRACT, current.getId(), AuditAction.UPDATE, currentBefore,
                            current.auditSnapshot());
                    Map<String, String> created = next.auditSnapshot();
                    created.put("renewalOf", current.label());
                    audit.record(actor, CONTRACT, next.getId(), AuditAction.CREATE, Map.of(), created);
                    renewals.add(next.getId());
                    happened.fire(new BusinessEvent(BusinessEventType.CONTRACT_RENEWED, next.getId(),
                            Map.of("renewalOf", current.getId(), "clientId", next.getClientId(),
                                    "title", next.getTitle(), "startDate", next.getStartDate(),
                                    "endDate", next.getEndDate())));
                    current = next;
                }
                changed++;
            } else if (contract.expireIfEnded(today)) {
                audit.record(actor, CONTRACT, contract.getId(), AuditAction.UPDATE, before, contract.auditSnapshot());
                happened.fire(new BusinessEvent(BusinessEventType.CONTRACT_EXPIRED, contract.getId(),
                        Map.of("clientId", contract.getClientId(), "title", contract.getTitle(),
                                "endDate", contract.getEndDate())));
                changed++;
            }
        }
        figuresMoving.apply();
        renewals.forEach(renewal -> figures.added(FigureSource.CONTRACT, renewal));
        return changed;
    }

    /** The contract with its lines and important dates loaded. */
    public Contract find(long id) {
        Contract contract = load(id);
        contract.getLines().size();
        contract.getMilestones().size();
        return contract;
    }

    /**
     * Attaches a file to a contract in any state (the signed PDF comes after signing): at most 10 MB, and only a
     * PDF, PNG, JPEG or DOCX as its content shows, whatever its name says. Stored in the database.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public ContractDocument attach(long id, String fileName, byte[] content) {
        Contract contract = load(id);
        String actor = Caller.nameOf(context);
        ContractDocument document = ContractDocument.of(contract.getId(), fileName, content, actor, clock.now());
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

    // ------------------------------------------------------------------ internals

    private void apply(Contract contract, ContractDraft draft, String defaultOwner) {
        String owner = draft.owner() == null || draft.owner().isBlank() ? defaultOwner : draft.owner().strip();
        if (accounts.active(owner).isEmpty()) {
            throw new InvalidInputException("owner", "'" + owner + "' is not an active user");
        }
        contract.define(draft.title(), owner, draft.startDate(), draft.endDate(),
                draft.noticeDays() == null ? 0 : draft.noticeDays(), Boolean.TRUE.equals(draft.autoRenew()),
                draft.renewalMonths(), draft.reminderDays() == null ? 30 : draft.reminderDays(), draft.value(),
                draft.terms());
        contract.signedBy(draft.signatory(), draft.signedOn(), clock.today());
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
        return drafting.load(KIND, id);
    }
}
