package org.crmir.financereport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessClock;

/**
 * The steps of a rendering, each committed on its own (the rendering itself holds no transaction, however long
 * it takes): claim, progress, finish (output and DONE together), fail. Each fires {@link ReportRunChanged}. The end
 * of a run a schedule made is told to {@link ScheduledRunEnd} in the same commit (its e-mails, the owner's notice).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportRunSteps {

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    ReportOutputs outputs;

    @Inject
    Event<ReportRunChanged> changed;

    @Inject
    ScheduledRunEnd scheduledEnd;

    /**
     * Marks the run RUNNING under its row lock and says what to render; null when there is nothing to do (no such
     * run, or finished already: a redelivered message renders nothing twice).
     */
    public RunOrder claim(long runId) {
        ReportRun run = em.find(ReportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.start(clock.now())) {
            return null;
        }
        changed.fire(new ReportRunChanged(runId));
        return new RunOrder(runId, run.getReport(), run.parameterValues(), run.getFormat(), run.getStartedAt());
    }

    public void progressed(long runId, long rows) {
        em.createQuery("UPDATE ReportRun r SET r.rowsRead = :rows WHERE r.id = :id AND r.status = :running")
                .setParameter("rows", rows).setParameter("id", runId)
                .setParameter("running", ReportRunStatus.RUNNING).executeUpdate();
        changed.fire(new ReportRunChanged(runId));
    }

    /** Stores the output and marks the run DONE in one transaction; false if it had finished meanwhile. */
    public boolean finish(long runId, RenderedReport rendered) {
        ReportRun run = em.find(ReportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getStatus().finished()) {
            return false;
        }
        ReportOutputs.Stored stored = outputs.store(runId, rendered.file());
        run.done(rendered.rows(), stored.size(), stored.sha256(), clock.now());
        scheduledEnd.finished(run);
        changed.fire(new ReportRunChanged(runId));
        return true;
    }

    public void fail(long runId, String why) {
        ReportRun run = em.find(ReportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getStatus().finished()) {
            return;
        }
        run.failed(why, clock.now());
        scheduledEnd.finished(run);
        changed.fire(new ReportRunChanged(runId));
    }
}
