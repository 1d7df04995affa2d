package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.identity.Role;

/**
 * Fires the schedules that are due: each in a transaction of its own, claimed with a row lock that other nodes
 * skip ({@code FOR UPDATE SKIP LOCKED}), so that on a cluster each slot is taken once; the firing's unique key
 * (schedule, slot) makes a second firing of a slot impossible even so. A firing takes the slot that was due, plans
 * the next after now (downtime costs one firing), records the firing and queues one run per format on
 * {@code crm.reports}, all in one commit.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class ScheduleFirings {

    private static final Logger LOG = Logger.getLogger(ScheduleFirings.class.getName());
    /** At most this many firings per call: the timer comes back in a minute for the rest. */
    static final int MOST_PER_CALL = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    ReportRuns runs;

    /**
     * Fires every schedule due at {@code now} (the timer passes the system clock; tests pass the moment they
     * play), one transaction each; how many fired.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int fireDue(Instant now) {
        ScheduleFirings self = context.getBusinessObject(ScheduleFirings.class);
        int fired = 0;
        try {
            while (fired < MOST_PER_CALL && self.fireNext(now)) {
                fired++;
            }
        } catch (RuntimeException failure) {
            // A firing that cannot be recorded (the database away, a slot fired already) is rolled back whole; the
            // schedule stays due and the next tick tries it again.
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "A report schedule could not fire for " + now + " [" + reference + "]", failure);
        }
        if (fired > 0) {
            int count = fired;
            LOG.info(() -> count + " report schedule(s) fired for " + now);
        }
        return fired;
    }

    /**
     * Fires the first schedule due at {@code now} that no other transaction holds; false when none is left. A
     * transaction of its own: the claim, the firing and its runs commit together.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fireNext(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM report_schedules WHERE active = TRUE"
                        + " AND next_run_at <= ? ORDER BY next_run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        ReportSchedule schedule = em.find(ReportSchedule.class, due.get(0).longValue());
        Instant slot = schedule.fire(now);
        ScheduleFiring firing = new ScheduleFiring(schedule, slot, schedule.formatSet().size(), now);
        em.persist(firing);
        em.flush(); // the unique (schedule, slot) refuses a second firing here, before any run is queued
        ReportParameters parameters = schedule.parametersFor(slot);
        for (ReportFormat format : schedule.formatSet()) {
            runs.enqueue(ReportRun.scheduled(schedule, firing, parameters, format, now));
        }
        return true;
    }
}
