package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.identity.Role;
import org.crmir.notification.NotificationService;
import org.crmir.shared.BusinessClock;

/**
 * Fires the schedules that are due: each in a transaction of its own, claimed with a row lock that other nodes
 * skip ({@code FOR UPDATE SKIP LOCKED}) and checked due again under it, so that on a cluster each slot is taken
 * once; the firing's unique key (schedule, slot) makes a second firing of a slot impossible even so. A firing
 * takes the latest slot come by now, plans the next after now (downtime costs one firing, for the last slot
 * missed), records the firing and queues one run per format on {@code crm.reports}, all in one commit.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class ScheduleFirings {

    private static final Logger LOG = Logger.getLogger(ScheduleFirings.class.getName());
    /** At most this many firings per call: the timer comes back in a minute for the rest. */
    static final int MOST_PER_CALL = 200;
    /** Who the audit trail names for what the timer does by itself (the timer's run-as principal). */
    static final String SCHEDULER = "scheduler";
    /** Failed firings in a row that pause a schedule. */
    static final int FAILURES_TO_PAUSE = 3;
    static final String SCHEDULES_PAGE = "/finance/report-schedules.xhtml";

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    ReportRuns runs;

    @Inject
    BusinessClock clock;

    @Inject
    ScheduleOwners owners;

    @EJB
    AuditTrail audit;

    @EJB
    NotificationService notifications;

    /**
     * Fires every schedule due at {@code now} (the timer passes the system clock; tests pass the moment they
     * play), one transaction each; how many fired.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int fireDue(Instant now) {
        ScheduleFirings self = context.getBusinessObject(ScheduleFirings.class);
        // Schedules that did not fire this time (held by another node, passed over, failed): not looked at again.
        Set<Long> passed = new HashSet<>();
        int fired = 0;
        while (fired + passed.size() < MOST_PER_CALL) {
            Optional<Long> next = self.dueSchedule(now, passed);
            if (next.isEmpty()) {
                break;
            }
            try {
                if (self.fire(next.get(), now)) {
                    fired++;
                } else {
                    passed.add(next.get());
                }
            } catch (RuntimeException failure) {
                // A firing that cannot be recorded is rolled back whole; the schedule stays due for the next tick,
                // and the others due now are fired all the same.
                passed.add(next.get());
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Report schedule " + next.get() + " could not fire for " + now + " ["
                        + reference + "]", failure);
                self.failed(next.get(), reference);
            }
        }
        if (fired > 0) {
            int count = fired;
            LOG.info(() -> count + " report schedule(s) fired for " + now);
        }
        return fired;
    }

    /** The first schedule due at {@code now} but those in {@code skipped}, if any; a look without a lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> dueSchedule(Instant now, Set<Long> skipped) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM report_schedules WHERE active = TRUE"
                        + " AND next_run_at <= ?" + (skipped.isEmpty() ? "" : " AND id NOT IN (" + skipped.stream()
                        .map(String::valueOf).collect(Collectors.joining(",")) + ")")
                        + " ORDER BY next_run_at, id LIMIT 1")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
        return due.stream().findFirst().map(Number::longValue);
    }

    /**
     * Fires schedule {@code id} if it is still due at {@code now} and no other transaction holds it (a node that
     * holds it is firing it); false otherwise. A transaction of its own: the claim, the firing and its runs commit
     * together. A slot found fired already is only passed over (the next slot planned), nothing queued twice. A
     * schedule whose owner is deactivated, gone or no longer finance or an administrator is paused instead (the
     * timer runs as finance, so the owner's own rights are checked here) and the administrators are told.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fire(long id, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> claimed = em.createNativeQuery("SELECT id FROM report_schedules WHERE id = ? AND active = TRUE"
                        + " AND next_run_at <= ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, id).setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        ReportSchedule schedule = em.find(ReportSchedule.class, id);
        Optional<String> unfit = owners.whyNotFit(schedule.getOwner());
        if (unfit.isPresent()) {
            pauseForOwner(schedule, unfit.get());
            return false;
        }
        // The next slot is bookkeeping, not a person's change: written without raising the version, so that someone
        // editing the schedule while it fires does not get a conflict nobody caused (the entity is left detached).
        em.detach(schedule);
        Instant slot = schedule.fire(now);
        // SQL, not JPQL: EclipseLink's bulk update would raise the version all the same.
        em.createNativeQuery("UPDATE report_schedules SET next_run_at = ?, failed_firings = 0 WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(schedule.getNextRunAt(), ZoneOffset.UTC))
                .setParameter(2, id).executeUpdate();
        long firedAlready = em.createQuery("SELECT COUNT(f) FROM ScheduleFiring f WHERE f.scheduleId = :schedule"
                + " AND f.slot = :slot", Long.class).setParameter("schedule", id).setParameter("slot", slot)
                .getSingleResult();
        if (firedAlready > 0) {
            LOG.warning(() -> "Report schedule " + id + " had fired for " + slot + " already; passed over");
            return false;
        }
        // The moment passed in decides what is due; what is recorded is stamped with the business clock.
        Instant stamped = clock.now();
        ScheduleFiring firing = new ScheduleFiring(schedule, slot, schedule.formatSet().size(), stamped);
        em.persist(firing);
        em.flush(); // the unique (schedule, slot) refuses a second firing here, before any run is queued
        ReportParameters parameters = schedule.parametersFor(slot);
        for (ReportFormat format : schedule.formatSet()) {
            runs.enqueue(ReportRun.scheduled(schedule, firing, parameters, format, stamped));
        }
        return true;
    }

    /**
     * Counts a failed firing of schedule {@code id}; the {@value #FAILURES_TO_PAUSE}th in a row pauses it (audited
     * as the scheduler), and its owner and the administrators are told with the failure's {@code reference}, so
     * that a schedule that cannot fire does not fail, and log, every minute for ever.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String reference) {
        em.createNativeQuery("UPDATE report_schedules SET failed_firings = failed_firings + 1 WHERE id = ?")
                .setParameter(1, id).executeUpdate();
        ReportSchedule schedule = em.find(ReportSchedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isActive() || schedule.getFailedFirings() < FAILURES_TO_PAUSE) {
            return;
        }
        pause(schedule);
        String text = ScheduledRunEnd.notificationText("Report schedule \"" + schedule.getName() + "\" was paused:"
                + " it could not run " + FAILURES_TO_PAUSE + " times in a row (reference " + reference + ")."
                + " Resume it once the cause is mended.");
        notifications.notify(schedule.getOwner(), text, SCHEDULES_PAGE);
        owners.tellAdministrators(text, SCHEDULES_PAGE);
    }

    private void pause(ReportSchedule schedule) {
        Map<String, String> before = schedule.auditSnapshot();
        schedule.pause();
        audit.record(SCHEDULER, ReportSchedules.AUDITED, schedule.getId(), AuditAction.DEACTIVATE, before,
                schedule.auditSnapshot());
    }

    private void pauseForOwner(ReportSchedule schedule, String why) {
        pause(schedule);
        owners.tellAdministrators(ScheduledRunEnd.notificationText("Report schedule \"" + schedule.getName()
                + "\" was paused instead of running: its owner " + schedule.getOwner() + " " + why
                + ". Give it to someone else by creating it again, or resume it once the owner may run it."),
                SCHEDULES_PAGE);
        LOG.info(() -> "Report schedule " + schedule.getId() + " paused: its owner " + schedule.getOwner() + " "
                + why);
    }
}
