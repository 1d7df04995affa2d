package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;

/**
 * Finance reports on demand (finance and administrators): a run is checked, recorded QUEUED and put on
 * {@code crm.reports} in one transaction (no commit, no message), then rendered by {@link ReportRenderingListener}.
 * Runs are listed, read and downloaded here; a failed run is run again as a new run with the same parameters.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class ReportRuns {

    static final String KIND = "report";
    static final String RUN_PROPERTY = "runId";
    static final String AUDITED = "ReportRun";

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.reports")
    Queue queue;

    @Inject
    BusinessClock clock;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    ReportOutputs outputs;

    @Inject
    Event<ReportRunChanged> changed;

    @EJB
    AuditTrail audit;

    /**
     * The reports finance may run, in the catalog's order; the API's catalog asks here, so the role check is this
     * method's own, not a count of runs made to trigger it.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public List<FinanceReport> catalog() {
        return List.of(FinanceReport.values());
    }

    /**
     * Queues {@code report} for {@code parameters} in {@code format}, once per {@code idempotencyKey} (null: no
     * key). Refuses, naming the field, a format the report does not offer, parameters that break a rule and a
     * client that does not exist.
     */
    public ReportRun request(FinanceReport report, ReportParameters parameters, ReportFormat format,
            String idempotencyKey) {
        if (report == null) {
            throw new InvalidInputException("report", "is required: one of the catalog's reports");
        }
        if (format == null || !report.formats().contains(format)) {
            throw new InvalidInputException("format", report.title() + " is offered as " + report.formats());
        }
        ReportParameters asked = (parameters == null ? new ReportParameters(null, null, null, null) : parameters)
                .checkedFor(report);
        if (asked.clientId() != null && em.find(Client.class, asked.clientId()) == null) {
            throw new InvalidInputException("clientId", "is not a client's id: there is no client "
                    + asked.clientId());
        }
        // A report without a period is as of the day it is asked for, stored, so that running it again ages alike.
        ReportParameters checked = report.hasPeriod() ? asked : asked.asOf(clock.today());
        long id = idempotent.once(Caller.nameOf(context), "report.run", idempotencyKey,
                () -> queue(report, checked, format, null));
        return find(id);
    }

    /** Runs a failed run (or one whose output was removed) again: {@link #runAgain(long, String)} without a key. */
    public ReportRun runAgain(long runId) {
        return runAgain(runId, null);
    }

    /**
     * Runs a failed run, or a done one whose output was removed (or whose file is missing), again, as a new run with its report, parameters
     * (the same day for a report as of a day) and format, once per {@code idempotencyKey} (null: no key). Any other
     * run is refused (a rule: 409): it is on its way, or its output is there to download.
     */
    public ReportRun runAgain(long runId, String idempotencyKey) {
        ReportRun earlier = find(runId);
        // The run in the operation: a key reused for another run asks for another thing, and is not replayed.
        long id = idempotent.once(Caller.nameOf(context), "report.again." + runId, idempotencyKey, () -> {
            if (earlier.getStatus() == ReportRunStatus.DONE && earlier.getOutputRemovedAt() == null
                    && outputs.fileMissing(runId, earlier.getSizeBytes())) {
                // Its file went outside CRMir: the output is as good as removed, and the download says run again.
                earlier.outputRemoved(clock.now());
            }
            earlier.checkMayRunAgain();
            return queue(earlier.getReport(), earlier.parameterValues(), earlier.getFormat(), runId);
        });
        return find(id);
    }

    private long queue(FinanceReport report, ReportParameters parameters, ReportFormat format, Long rerunOf) {
        return enqueue(new ReportRun(report, parameters, format, Caller.nameOf(context), clock.now(), rerunOf));
    }

    /**
     * Records {@code run} QUEUED, audits it and puts it on {@code crm.reports}, in the caller's transaction: a
     * schedule's firing queues its runs here, as a person's request does.
     */
    public long enqueue(ReportRun run) {
        em.persist(run);
        em.flush();
        audit.record(Caller.nameOf(context), AUDITED, run.getId(), AuditAction.CREATE, Map.of(), Map.of("report",
                run.getReport().name(), "parameters", run.getParameters(), "format", run.getFormat().name()));
        jms.createProducer().setProperty("kind", KIND).setProperty(RUN_PROPERTY, run.getId())
                .send(queue, run.getReport().code() + " #" + run.getId());
        changed.fire(new ReportRunChanged(run.getId()));
        return run.getId();
    }

    public ReportRun find(long runId) {
        ReportRun run = em.find(ReportRun.class, runId);
        if (run == null) {
            throw new NotFoundException("Report run", runId);
        }
        return run;
    }

    /** Runs, newest first, filtered and paged in the database. */
    public List<ReportRun> list(ReportRunFilter filter, PageRequest page) {
        TypedQuery<ReportRun> query = em.createQuery("SELECT r FROM ReportRun r" + where(filter)
                + " ORDER BY r.requestedAt DESC, r.id DESC", ReportRun.class);
        bind(query, filter);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    public long count(ReportRunFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM ReportRun r" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(ReportRunFilter filter) {
        java.util.List<String> conditions = new java.util.ArrayList<>();
        if (filter.report() != null) {
            conditions.add("r.report = :report");
        }
        if (filter.status() != null) {
            conditions.add("r.status = :status");
        }
        if (filter.scheduleId() != null) {
            conditions.add("r.scheduleId = :schedule");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, ReportRunFilter filter) {
        if (filter.report() != null) {
            query.setParameter("report", filter.report());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.scheduleId() != null) {
            query.setParameter("schedule", filter.scheduleId());
        }
    }

    /** The run, if its output can be downloaded (its file, if in one, there and whole); otherwise a refusal why. */
    public ReportRun downloadable(long runId) {
        ReportRun run = find(runId);
        run.checkOutputAvailable();
        outputs.checkPresent(runId, run.getSizeBytes());
        return run;
    }

    /**
     * Writes the run's output to {@code out}, as stored. Holds no transaction and no connection while the client
     * reads: each chunk is read on its own, short, and written after its connection went back to the pool.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writeOutput(long runId, OutputStream out) throws IOException {
        downloadable(runId);
        outputs.writeTo(runId, out);
    }

    /**
     * Removes the outputs of runs finished before {@code cutoff}, at most {@code limit} of them, keeping their
     * records; how many it removed. A transaction of its own: one batch, committed whatever the caller does.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeOutputsFinishedBefore(Instant cutoff, int limit) {
        List<ReportRun> expired = em.createQuery("SELECT r FROM ReportRun r WHERE r.status = :done"
                        + " AND r.finishedAt < :cutoff AND r.outputRemovedAt IS NULL ORDER BY r.finishedAt",
                        ReportRun.class).setParameter("done", ReportRunStatus.DONE).setParameter("cutoff", cutoff)
                .setMaxResults(limit).getResultList();
        Instant now = clock.now();
        for (ReportRun run : expired) {
            outputs.remove(run.getId());
            run.outputRemoved(now);
            changed.fire(new ReportRunChanged(run.getId()));
        }
        return expired.size();
    }
}
