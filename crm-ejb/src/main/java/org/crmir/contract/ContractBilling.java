package org.crmir.contract;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceOwners;
import org.crmir.invoice.InvoiceService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.NotFoundException;

/**
 * Recurring billing: every period of a contract that has started by "today" becomes one invoice, exactly once.
 * Each contract is billed in its own transaction, holding its row lock; the period's row in
 * {@code contract_billed_periods} (unique per contract number and period start) is written with the invoice, so a
 * second run, a concurrent run on another node, or a retry finds it and makes nothing. A run after missed days
 * catches up every period that started meanwhile. "Today" is a parameter: the timer passes the real date.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class ContractBilling {

    private static final Logger LOG = Logger.getLogger(ContractBilling.class.getName());
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    InvoiceOwners invoiceOwners;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @EJB
    InvoiceService invoices;

    /**
     * Bills every contract with a period due on or before {@code today}. A contract that fails is logged and
     * left for the next run (its next billing date does not move); the others are billed regardless.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BillingRun run(LocalDate today) {
        ContractBilling self = context.getBusinessObject(ContractBilling.class);
        int made = 0;
        int failed = 0;
        long after = 0;
        while (true) {
            List<Long> due = self.dueContracts(today, after);
            if (due.isEmpty()) {
                break;
            }
            for (Long id : due) {
                try {
                    made += self.bill(id, today);
                } catch (EJBException | NotFoundException | org.crmir.shared.RuleViolationException
                        | org.crmir.shared.InvalidInputException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Billing contract " + id + " failed; the next run retries it", e);
                }
                after = id;
            }
        }
        return new BillingRun(made, failed);
    }

    /** Ids of contracts with a period due by {@code today}, after {@code afterId}, in id order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueContracts(LocalDate today, long afterId) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.billing.nextBillingDate IS NOT NULL"
                        + " AND c.billing.nextBillingDate <= :today AND c.id > :after ORDER BY c.id", Long.class)
                .setParameter("today", today).setParameter("after", afterId).setMaxResults(BATCH).getResultList();
    }

    /**
     * Bills the due periods of one contract in a transaction of its own; returns the invoices made. Periods
     * already billed (by any revision of the contract) are skipped.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int bill(long contractId, LocalDate today) {
        // the row lock queues concurrent runs on this contract; the unique period row is the last word
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(ContractService.CONTRACT, contractId);
        }
        String actor = Caller.nameOf(context);
        Map<String, String> before = contract.auditSnapshot();
        int made = 0;
        for (BillingPeriod period : contract.duePeriods(today)) {
            if (!alreadyBilled(contract.getNumber(), period)) {
                BilledPeriod guard = new BilledPeriod(contract, period, clock.now());
                em.persist(guard);
                em.flush(); // a concurrent duplicate fails here, before any invoice exists
                Invoice invoice = invoiceFor(contract, period, actor);
                guard.invoicedBy(invoice.getId());
                made++;
            }
            contract.billed(period);
        }
        em.flush();
        Map<String, String> after = contract.auditSnapshot();
        after.put("nextBillingDate", String.valueOf(contract.getNextBillingDate()));
        before.put("nextBillingDate", null);
        if (made > 0) {
            after.put("invoicesMade", Integer.toString(made));
            audit.record(actor, ContractService.CONTRACT, contractId, AuditAction.UPDATE, before, after);
        }
        return made;
    }

    private boolean alreadyBilled(String number, BillingPeriod period) {
        return !em.createQuery("SELECT b.id FROM BilledPeriod b WHERE b.contractNumber = :number"
                        + " AND b.periodStart = :start", Long.class)
                .setParameter("number", number).setParameter("start", period.start()).getResultList().isEmpty();
    }

    private Invoice invoiceFor(Contract contract, BillingPeriod period, String actor) {
        Client client = em.find(Client.class, contract.getClientId());
        Invoice invoice = new Invoice(contract.getClientId(), contract.getCurrency(), client.getPaymentTermsDays(),
                actor, clock.now());
        invoice.replaceLines(contract.getLines().stream().map(l -> l.toInvoiceLine(period)).toList());
        invoice.annotate("Contract " + contract.getNumber() + " \u2013 " + contract.getTitle() + ", period "
                + period.start() + " to " + period.end(), null);
        invoiceOwners.assign(invoice);
        em.persist(invoice);
        em.flush();
        Map<String, String> created = invoice.auditSnapshot();
        created.put("contract", contract.getNumber());
        created.put("period", period.toString());
        audit.record(actor, "Invoice", invoice.getId(), AuditAction.CREATE, Map.of(), created);
        if (contract.getInvoiceMode() == InvoiceMode.ISSUED) {
            invoices.issue(invoice.getId());
        }
        return invoice;
    }
}
