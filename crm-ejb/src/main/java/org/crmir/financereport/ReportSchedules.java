package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.notification.NotificationService;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.InvalidInputException.Violation;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;

/**
 * Schedules of finance reports (finance and administrators): created, changed, paused and resumed, deleted, listed;
 * {@link ScheduleFirings} fires them. Every schedule is refused whole, each broken rule naming its field, before
 * anything is stored. Whoever creates a schedule owns it: failed runs are told to them.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class ReportSchedules {

    static final String AUDITED = "ReportSchedule";

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    BusinessClock clock;

    @Inject
    IdempotentCreates idempotent;

    @EJB
    AuditTrail audit;

    @Inject
    ScheduleOwners owners;

    @EJB
    NotificationService notifications;

    /**
     * Creates an active schedule of the caller's, once per {@code idempotencyKey} (null: no key); its first run is
     * the recurrence's first slot after now. Refused, naming each field, when the draft breaks a rule or names a
     * user or client that does not exist.
     */
    public ReportSchedule create(ScheduleDraft draft, String idempotencyKey) {
        ScheduleDraft.Checked checked = check(draft);
        String caller = Caller.nameOf(context);
        long id = idempotent.once(caller, "report.schedule", idempotencyKey, () -> {
            ReportSchedule schedule = new ReportSchedule(checked, caller, clock.now());
            em.persist(schedule);
            em.flush();
            audit.record(caller, AUDITED, schedule.getId(), AuditAction.CREATE, Map.of(), schedule.auditSnapshot());
            return schedule.getId();
        });
        return find(id);
    }

    /**
     * Changes schedule {@code id} to what {@code draft} says (refused as {@link #create} refuses), if it is still at
     * {@code version}, the version read before the change (required: a change without it would overwrite blindly);
     * its next run is planned afresh from now. When someone other than the owner changes the recipients, the owner
     * is told.
     */
    public ReportSchedule update(long id, ScheduleDraft draft, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version of the schedule you read, so that"
                    + " a change someone saved meanwhile is not overwritten");
        }
        ScheduleDraft.Checked checked = check(draft);
        ReportSchedule schedule = locked(id, version);
        Map<String, String> before = schedule.auditSnapshot();
        schedule.change(checked, clock.now());
        String caller = Caller.nameOf(context);
        Map<String, String> after = schedule.auditSnapshot();
        audit.record(caller, AUDITED, id, AuditAction.UPDATE, before, after);
        if (!caller.equals(schedule.getOwner()) && !before.get("recipients").equals(after.get("recipients"))) {
            // The owner answers for where their schedule's figures go: they hear when someone else changes it.
            notifications.notify(schedule.getOwner(), ScheduledRunEnd.notificationText(caller + " changed the"
                    + " recipients of your report schedule \"" + schedule.getName() + "\" to "
                    + after.get("recipients")), ScheduleFirings.SCHEDULES_PAGE);
        }
        return schedule;
    }

    /** Stops schedule {@code id} from firing until it is resumed; slots passed meanwhile are not made up. */
    public ReportSchedule pause(long id) {
        ReportSchedule schedule = locked(id, null);
        Map<String, String> before = schedule.auditSnapshot();
        schedule.pause();
        audit.record(Caller.nameOf(context), AUDITED, id, AuditAction.DEACTIVATE, before, schedule.auditSnapshot());
        return schedule;
    }

    /** Lets schedule {@code id} fire again, from its first slot after now. */
    public ReportSchedule resume(long id) {
        ReportSchedule schedule = locked(id, null);
        Map<String, String> before = schedule.auditSnapshot();
        schedule.resume(clock.now());
        audit.record(Caller.nameOf(context), AUDITED, id, AuditAction.ACTIVATE, before, schedule.auditSnapshot());
        return schedule;
    }

    /** Deletes schedule {@code id}; the runs it made stay in the archive, saying which schedule ran them. */
    public void delete(long id) {
        ReportSchedule schedule = locked(id, null);
        audit.record(Caller.nameOf(context), AUDITED, id, AuditAction.DELETE, schedule.auditSnapshot(), Map.of());
        em.remove(schedule);
    }

    public ReportSchedule find(long id) {
        ReportSchedule schedule = em.find(ReportSchedule.class, id);
        if (schedule == null) {
            throw new NotFoundException("Report schedule", id);
        }
        return schedule;
    }

    /** Schedules by name, filtered (a part of the name, active or paused) and paged in the database. */
    public List<ReportSchedule> list(ScheduleFilter filter, PageRequest page) {
        TypedQuery<ReportSchedule> query = em.createQuery("SELECT s FROM ReportSchedule s" + where(filter)
                + " ORDER BY s.name, s.id", ReportSchedule.class);
        bind(query, filter);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    public long count(ScheduleFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM ReportSchedule s" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /**
     * The e-mails each of {@code firingIds} sent (the outputs to each recipient, the owner's notices), in the order
     * queued, by firing: one query for a page of runs.
     */
    public Map<Long, List<ReportDelivery>> deliveriesOf(Collection<Long> firingIds) {
        if (firingIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT d FROM ReportDelivery d WHERE d.firingId IN :firings ORDER BY d.id",
                ReportDelivery.class).setParameter("firings", Set.copyOf(firingIds)).getResultStream()
                .collect(Collectors.groupingBy(ReportDelivery::getFiringId, Collectors.toList()));
    }

    private static String where(ScheduleFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("LOWER(s.name) LIKE :text");
        }
        if (filter.active() != null) {
            conditions.add("s.active = :active");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, ScheduleFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + text + "%");
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
    }

    private ReportSchedule locked(long id, Long version) {
        ReportSchedule schedule = em.find(ReportSchedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            throw new NotFoundException("Report schedule", id);
        }
        if (version != null && version != schedule.getVersion()) {
            throw new ConcurrentChangeException("the schedule \"" + schedule.getName() + "\"");
        }
        return schedule;
    }

    /** The draft's own rules, then what only the database knows: the users and the client exist. */
    private ScheduleDraft.Checked check(ScheduleDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("schedule", "is required");
        }
        List<Violation> broken = new ArrayList<>();
        ScheduleDraft.Checked checked = null;
        try {
            checked = draft.checked();
        } catch (InvalidInputException invalid) {
            broken.addAll(invalid.getViolations());
        }
        if (checked != null) {
            ReportMailDomains domains = ReportMailDomains.configured();
            for (ScheduleRecipient recipient : checked.recipients()) {
                if (recipient.isUser()) {
                    checkUser(recipient.getValue(), broken);
                } else if (!domains.allows(recipient.getValue())) {
                    broken.add(new Violation("addresses", recipient.getValue() + " is outside the domains reports"
                            + " may be mailed to: " + domains.inWords()));
                }
            }
            if (checked.clientId() != null && em.find(Client.class, checked.clientId()) == null) {
                broken.add(new Violation("clientId", "is not a client's id: there is no client " + checked.clientId()));
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
        return checked;
    }

    private void checkUser(String username, List<Violation> broken) {
        UserAccount user = owners.user(username).orElse(null);
        if (user == null) {
            broken.add(new Violation("users", "there is no user " + username));
        } else if (user.getEmail() == null || user.getEmail().isBlank()) {
            broken.add(new Violation("users", user.getUsername() + " has no e-mail address; give an address"
                    + " instead"));
        }
    }
}
