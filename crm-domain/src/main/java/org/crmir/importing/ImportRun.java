package org.crmir.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.crmir.shared.Text;

/**
 * One import of a file: who started it, how far it got and what became of its rows. Its counts move in the same
 * transaction as the rows each chunk writes, so after a crash they still say exactly what was imported.
 */
@Entity
@Table(name = "import_runs")
public class ImportRun implements Serializable {

    /** A run that has not moved for this long has lost its worker (the server stopped) and is shown as stopped. */
    public static final Duration SILENT_LIMIT = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportRunState state = ImportRunState.RUNNING;

    @Column(name = "total_rows", nullable = false, updatable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "created_rows", nullable = false)
    private int createdRows;

    @Column(name = "duplicate_rows", nullable = false)
    private int duplicateRows;

    @Column(name = "failed_rows", nullable = false)
    private int failedRows;

    @Version
    private long version;

    protected ImportRun() {
    }

    public ImportRun(ImportKind kind, String fileName, String startedBy, int totalRows, Instant now) {
        String name = Text.clean(fileName);
        this.kind = kind;
        this.fileName = name == null ? "import.csv" : Text.cut(name, 255);
        this.startedBy = startedBy;
        this.totalRows = totalRows;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Counts one chunk's rows: made, skipped as duplicates, refused. */
    public void counted(int created, int duplicates, int failed, Instant now) {
        this.createdRows += created;
        this.duplicateRows += duplicates;
        this.failedRows += failed;
        this.processedRows += created + duplicates + failed;
        this.updatedAt = now;
    }

    public void finish(Instant now) {
        this.state = ImportRunState.FINISHED;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    public void stop(Instant now) {
        this.state = ImportRunState.STOPPED;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    /** The state as of {@code now}: a running run that has been silent too long has stopped. */
    public ImportRunState stateAt(Instant now) {
        return state == ImportRunState.RUNNING && updatedAt.plus(SILENT_LIMIT).isBefore(now)
                ? ImportRunState.STOPPED : state;
    }

    /** 0 to 100. */
    public int percentDone() {
        return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
    }

    public Long getId() { return id; }
    public ImportKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public ImportRunState getState() { return state; }
    public int getTotalRows() { return totalRows; }
    public int getProcessedRows() { return processedRows; }
    public int getCreatedRows() { return createdRows; }
    public int getDuplicateRows() { return duplicateRows; }
    public int getFailedRows() { return failedRows; }
}
