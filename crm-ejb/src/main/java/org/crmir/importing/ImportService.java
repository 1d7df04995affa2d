package org.crmir.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/**
 * CSV imports: a preview of what a file would do, then the import itself, run in the background in chunks
 * ({@link ImportRunner}), and its record afterwards. Each kind is open to the roles that may create its records
 * ({@link ImportKind#roles()}); the services that create them check those roles again.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
public class ImportService {

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    RowImporters importers;

    @EJB
    ImportChunks chunks;

    @EJB
    ImportRunner runner;

    /** The kinds the caller may import (none for a viewer). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public List<ImportKind> kindsAllowed() {
        return java.util.Arrays.stream(ImportKind.values()).filter(this::allowed).toList();
    }

    /** What importing {@code table} with {@code mapping} would do; nothing is written. */
    public ImportPreview preview(CsvTable table, ColumnMapping mapping) {
        checkAllowed(mapping.kind());
        List<String> gaps = mapping.gaps(table.header());
        if (!gaps.isEmpty()) {
            return new ImportPreview(gaps, List.of());
        }
        List<RowCheck> checks = importers.of(mapping.kind()).check(table.rows(), mapping).stream()
                .map(RowImporter.Outcome::check).toList();
        return new ImportPreview(List.of(), checks);
    }

    /**
     * Starts importing {@code table} and returns the run's id at once; the rows are written in the background.
     * Rows are checked again as they are written, against what is stored then.
     */
    public long start(String fileName, CsvTable table, ColumnMapping mapping) {
        checkAllowed(mapping.kind());
        List<String> gaps = mapping.gaps(table.header());
        if (!gaps.isEmpty()) {
            throw new InvalidInputException("mapping", String.join(" ", gaps));
        }
        if (table.rows().isEmpty()) {
            throw new InvalidInputException("file", "The file has no rows to import.");
        }
        long runId = chunks.open(mapping.kind(), fileName, Caller.nameOf(context), table.rows().size());
        runner.run(runId, table.rows(), mapping);
        return runId;
    }

    /** A run the caller started (an administrator may read any). */
    public ImportRun run(long id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null || !run.getStartedBy().equals(Caller.nameOf(context))
                && !context.isCallerInRole(Role.Names.ADMIN)) {
            throw new NotFoundException("Import", id);
        }
        return run;
    }

    /** The rows a run did not take, in row order, a page at a time. */
    public Page<ImportProblem> problems(long runId, PageRequest page) {
        ImportRun run = run(runId);
        List<ImportProblem> rows = em.createQuery("SELECT p FROM ImportProblem p WHERE p.runId = :run"
                + " ORDER BY p.rowNumber", ImportProblem.class).setParameter("run", run.getId())
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = run.getDuplicateRows() + (long) run.getFailedRows();
        return new Page<>(rows, total, page.offset(), page.limit());
    }

    /** The caller's latest runs, newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public List<ImportRun> recentRuns() {
        return em.createQuery("SELECT r FROM ImportRun r WHERE r.startedBy = :user ORDER BY r.id DESC",
                ImportRun.class).setParameter("user", Caller.nameOf(context)).setMaxResults(10).getResultList();
    }

    private boolean allowed(ImportKind kind) {
        return kind.roles().stream().anyMatch(context::isCallerInRole);
    }

    private void checkAllowed(ImportKind kind) {
        if (!allowed(kind)) {
            throw new EJBAccessException("Importing " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not open to your role.");
        }
    }
}
