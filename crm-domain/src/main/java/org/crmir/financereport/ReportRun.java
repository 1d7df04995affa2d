package org.crmir.financereport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.crmir.shared.RuleViolationException;

/**
 * One run of a finance report: who asked for what, and how it went. Its output is stored apart (chunks in
 * {@code report_outputs}), so that retention can remove it and keep this record.
 */
@Entity
@Table(name = "report_runs")
public class ReportRun implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private FinanceReport report;

    @Column(nullable = false, length = 500, updatable = false)
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private ReportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportRunStatus status;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(length = 500)
    private String failure;

    @Column(name = "output_removed_at")
    private Instant outputRemovedAt;

    @Column(name = "rerun_of", updatable = false)
    private Long rerunOf;

    /** The firing of a schedule that made this run, if a schedule did. */
    @Column(name = "firing_id", updatable = false)
    private Long firingId;

    @Column(name = "schedule_id", updatable = false)
    private Long scheduleId;

    /** The schedule's name when it fired: the archive says which schedule ran it, even once it is deleted. */
    @Column(name = "schedule_name", length = ScheduleDraft.NAME_MAX, updatable = false)
    private String scheduleName;

    protected ReportRun() {
    }

    public ReportRun(FinanceReport report, ReportParameters parameters, ReportFormat format, String requestedBy,
            Instant now, Long rerunOf) {
        this.report = report;
        this.parameters = parameters.text();
        this.format = format;
        this.status = ReportRunStatus.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.rerunOf = rerunOf;
    }

    /** A run made by {@code firing} of {@code schedule}, asked for in its owner's name. */
    public static ReportRun scheduled(ReportSchedule schedule, ScheduleFiring firing, ReportParameters parameters,
            ReportFormat format, Instant now) {
        ReportRun run = new ReportRun(schedule.getReport(), parameters, format, schedule.getOwner(), now, null);
        run.firingId = firing.getId();
        run.scheduleId = schedule.getId();
        run.scheduleName = schedule.getName();
        return run;
    }

    /** Who ran it, as the archive says: "Schedule: Monthly receivables", or the user who asked. */
    public String ranBy() {
        return scheduleName != null ? "Schedule: " + scheduleName : requestedBy;
    }

    /**
     * Starts rendering; false when there is nothing to do: the run is finished (a redelivered message). A RUNNING
     * run is started again: its message came back because the attempt before never finished.
     */
    public boolean start(Instant now) {
        if (status.finished()) {
            return false;
        }
        status = ReportRunStatus.RUNNING;
        startedAt = now;
        rowsRead = 0;
        failure = null;
        return true;
    }

    public void progressed(long rows) {
        if (status == ReportRunStatus.RUNNING) {
            rowsRead = rows;
        }
    }

    public void done(long rows, long size, String sha256, Instant now) {
        this.status = ReportRunStatus.DONE;
        this.rowsRead = rows;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.finishedAt = now;
    }

    public void failed(String why, Instant now) {
        this.status = ReportRunStatus.FAILED;
        this.failure = why == null || why.length() <= 500 ? why : why.substring(0, 497) + "...";
        this.finishedAt = now;
    }

    /** Retention removed the output; the record stays. */
    public void outputRemoved(Instant now) {
        this.outputRemovedAt = now;
    }

    /** Refuses a download of an output that is not there, saying why. */
    public void checkOutputAvailable() {
        if (status != ReportRunStatus.DONE) {
            throw new RuleViolationException("Run " + id + " has no output: it is " + status.name().toLowerCase(
                    java.util.Locale.ROOT) + (failure == null ? "" : " (" + failure + ")"));
        }
        if (outputRemovedAt != null) {
            throw new RuleViolationException("The output of run " + id + " was removed on " + outputRemovedAt
                    + " after the retention period; run the report again");
        }
    }

    /**
     * Refuses to run this again unless it failed, or was done and its output removed after the retention period:
     * a queued or running run is on its way, a done one can be downloaded.
     */
    public void checkMayRunAgain() {
        if (mayRunAgain()) {
            return;
        }
        throw new RuleViolationException("Run " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                + (status == ReportRunStatus.DONE ? " and its output can be downloaded" : "")
                + ": only a failed run, or one whose output was removed, is run again");
    }

    /** True when {@link #checkMayRunAgain} lets it run again. */
    public boolean mayRunAgain() {
        return status == ReportRunStatus.FAILED || status == ReportRunStatus.DONE && outputRemovedAt != null;
    }

    /** How long the rendering took, or null while it has not finished. */
    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public ReportParameters parameterValues() { return ReportParameters.parse(parameters); }
    public Long getId() { return id; }
    public FinanceReport getReport() { return report; }
    public String getParameters() { return parameters; }
    public ReportFormat getFormat() { return format; }
    public ReportRunStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public long getRowsRead() { return rowsRead; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getFailure() { return failure; }
    public Instant getOutputRemovedAt() { return outputRemovedAt; }
    public Long getRerunOf() { return rerunOf; }
    public Long getFiringId() { return firingId; }
    public Long getScheduleId() { return scheduleId; }
    public String getScheduleName() { return scheduleName; }
}
