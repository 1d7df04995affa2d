package org.crmir.importing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.crmir.importing.ImportProblem;
import org.crmir.importing.ImportRun;
import org.crmir.importing.ImportRunState;
import org.crmir.importing.ImportService;
import org.crmir.shared.PageRequest;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.TableDownload;

/** An import under way or done: its progress bar, its counts, the rows it did not take, and the user's last runs. */
@Named
@ViewScoped
public class ImportRunView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RUN_READ = ImportRunView.class.getName() + ".run";

    @EJB
    private ImportService imports;

    private Long runId;
    private PagedModel<ImportProblem> problems;

    @PostConstruct
    void init() {
        problems = PagedModel.ofPages(page -> imports.problems(runId, page), ImportProblem::getId);
    }

    void follow(long id) {
        runId = id;
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().remove(RUN_READ);
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Long getRunId() { return runId; }

    /** The run, read once a request (so that each poll of the progress bar reads it afresh). */
    public ImportRun getRun() {
        if (runId == null) {
            return null;
        }
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        return (ImportRun) request.computeIfAbsent(RUN_READ, key -> imports.run(runId));
    }

    /** The share done, 0 to 100, read afresh at each poll of the progress bar; 100 once the run has ended. */
    public int getProgress() {
        ImportRun current = getRun();
        if (current == null) {
            return 0;
        }
        return current.stateAt(java.time.Instant.now()) == ImportRunState.RUNNING
                ? Math.min(99, current.percentDone()) : 100;
    }

    public ImportRunState getState() {
        return getRun() == null ? null : getRun().stateAt(java.time.Instant.now());
    }

    public boolean isRunning() {
        return getState() == ImportRunState.RUNNING;
    }

    /** Every row the run did not take, as CSV. */
    public void downloadProblems() throws IOException {
        Labels labels = new Labels();
        List<List<?>> rows = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            List<ImportProblem> page = imports.problems(runId,
                    new PageRequest(offset, PageRequest.MAX_LIMIT, null, true)).items();
            page.forEach(p -> rows.add(List.of(p.getRowNumber(),
                    p.isDuplicate() ? labels.of("RowStatus", "DUPLICATE") : labels.of("RowStatus", "INVALID"),
                    p.getMessage())));
            if (page.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        TableDownload.csv("import-" + runId + "-problems", List.of("Row", "Status", "Problem"), rows);
    }

    public java.time.Instant getNow() { return java.time.Instant.now(); }
    public List<ImportRun> getRecent() { return imports.recentRuns(); }
    public PagedModel<ImportProblem> getProblems() { return problems; }
}
