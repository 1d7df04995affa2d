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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Interaction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.communication.RelatedDocument;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.identity.UserAccounts;
import org.crmir.notification.NotificationService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Reminds contract owners of end dates, notice deadlines and important dates: a notification, and an email
 * through the communication pipeline (so it appears in the client's history, linked to the contract). Each
 * reminder is recorded under a unique key in the transaction that sends it, so it goes out once.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ContractReminders {

    private static final Logger LOG = Logger.getLogger(ContractReminders.class.getName());
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @EJB
    CommunicationService communication;

    @EJB
    NotificationService notifications;

    /** Sends what is due on {@code today} for every active contract; returns how many reminders went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate today) {
        ContractReminders self = context.getBusinessObject(ContractReminders.class);
        int sent = 0;
        long after = 0;
        while (true) {
            List<Long> active = self.activeContracts(after);
            if (active.isEmpty()) {
                break;
            }
            for (Long id : active) {
                try {
                    sent += self.remind(id, today);
                } catch (EJBException | NotFoundException | RuleViolationException | InvalidInputException e) {
                    LOG.log(Level.WARNING, "Reminders of contract " + id + " failed; the next run retries them", e);
                }
                after = id;
            }
        }
        return sent;
    }

    /** Active contracts after {@code afterId}, in id order: reminders may be due for any of them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> activeContracts(long afterId) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status = :active AND c.id > :after"
                        + " ORDER BY c.id", Long.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("after", afterId)
                .setMaxResults(BATCH).getResultList();
    }

    /** Sends one contract's due reminders not sent before, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long contractId, LocalDate today) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(ContractService.CONTRACT, contractId);
        }
        List<DueReminder> due = contract.remindersDue(today);
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> sentBefore = new HashSet<>(em.createQuery("SELECT r.reminderKey FROM SentReminder r"
                + " WHERE r.contractId = :id", String.class).setParameter("id", contractId).getResultList());
        UserAccount owner = accounts.byUsername(contract.getOwner()).orElse(null);
        int sent = 0;
        for (DueReminder reminder : due) {
            if (sentBefore.contains(reminder.key())) {
                continue;
            }
            SentReminder record = new SentReminder(contractId, reminder, contract.getOwner(), clock.now());
            em.persist(record);
            em.flush(); // a concurrent run fails here on the unique key, and sends nothing
            notifications.notify(contract.getOwner(), reminder.subject(), "/contract.xhtml?id=" + contractId);
            if (owner != null && owner.isActive() && owner.getEmail() != null) {
                Interaction email = communication.sendOnBehalfOf(owner.getUsername(), new OutgoingEmail(
                        contract.getClientId(), null, owner.getEmail(), "Reminder: " + reminder.subject(),
                        body(contract, reminder), List.of(), RelatedDocument.CONTRACT, contractId));
                record.emailedAs(email.getId());
            }
            sent++;
        }
        return sent;
    }

    private static String body(Contract contract, DueReminder reminder) {
        return reminder.subject() + ".\n\nContract: " + contract.getLabel() + " \u2013 " + contract.getTitle()
                + "\nTerm: " + contract.getStartDate() + " to " + contract.getEndDate()
                + "\nNotice deadline: " + contract.getNoticeDeadline()
                + (contract.isAutoRenew() ? "\nIt renews automatically unless notice is given." : "")
                + "\n\nThis reminder was sent once, " + contract.getReminderDays() + " day(s) ahead at the most.";
    }
}
