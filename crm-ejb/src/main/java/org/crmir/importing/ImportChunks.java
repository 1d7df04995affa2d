package org.crmir.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.crmir.identity.UserAccounts;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.RuleViolationException;

/**
 * The transactions of an import run: each chunk of rows is checked again (what is stored may have changed since
 * the preview) and written with the run's counts and problems in one transaction of its own, so the counts never
 * disagree with what was written. Runs only for {@link ImportRunner}, under the security identity of whoever
 * started the import; the services it calls check that identity's roles.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportChunks {

    @Inject
    EntityManager em;

    @Inject
    RowImporters importers;

    @Inject
    BusinessClock clock;

    @Inject
    UserAccounts accounts;

    /**
     * Writes down a new run, committed before its worker starts. One person runs one import of a kind at a time
     * (their account row is locked while this is decided): a double-clicked Import does not import twice.
     */
    public long open(ImportKind kind, String fileName, String username, int totalRows) {
        accounts.byUsername(username, LockModeType.PESSIMISTIC_WRITE);
        List<ImportRun> running = em.createQuery("SELECT r FROM ImportRun r WHERE r.kind = :kind"
                + " AND r.startedBy = :user AND r.state = :running", ImportRun.class)
                .setParameter("kind", kind).setParameter("user", username)
                .setParameter("running", ImportRunState.RUNNING).getResultList();
        if (running.stream().anyMatch(r -> r.stateAt(clock.now()) == ImportRunState.RUNNING)) {
            throw new RuleViolationException("Your import of " + running.get(0).getFileName()
                    + " is still running; wait until it has finished.");
        }
        ImportRun run = new ImportRun(kind, fileName, username, totalRows, clock.now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Imports {@code rows}; any failure rolls the whole chunk back, counts included. */
    public void importChunk(long runId, List<CsvTable.Row> rows, ColumnMapping mapping) {
        ImportRun run = em.find(ImportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        write(run, importers.of(run.getKind()), rows, mapping);
    }

    private <D> void write(ImportRun run, RowImporter<D> importer, List<CsvTable.Row> rows,
            ColumnMapping mapping) {
        int created = 0;
        int duplicates = 0;
        int failed = 0;
        for (RowImporter.Outcome<D> outcome : importer.check(rows, mapping)) {
            RowCheck check = outcome.check();
            if (outcome.ready()) {
                importer.create(outcome.draft());
                created++;
            } else {
                boolean duplicate = check.status() == RowStatus.DUPLICATE;
                em.persist(new ImportProblem(run.getId(), check.rowNumber(), duplicate, check.message()));
                duplicates += duplicate ? 1 : 0;
                failed += duplicate ? 0 : 1;
            }
        }
        run.counted(created, duplicates, failed, clock.now());
    }

    /** Records a row that could not be written even alone, with the reason. */
    public void recordFailure(long runId, int rowNumber, String message) {
        ImportRun run = em.find(ImportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new ImportProblem(runId, rowNumber, false, message));
        run.counted(0, 0, 1, clock.now());
    }

    public void finish(long runId, boolean stopped) {
        ImportRun run = em.find(ImportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (stopped) {
            run.stop(clock.now());
        } else {
            run.finish(clock.now());
        }
    }
}
