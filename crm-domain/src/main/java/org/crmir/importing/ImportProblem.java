package org.crmir.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.crmir.shared.Text;

/** A row an import run did not take: a duplicate of what exists, or a row with errors, and why in words. */
@Entity
@Table(name = "import_problems")
public class ImportProblem implements Serializable {

    public static final int MESSAGE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNumber;

    @Column(nullable = false, updatable = false)
    private boolean duplicate;

    @Column(nullable = false, length = MESSAGE_LENGTH, updatable = false)
    private String message;

    protected ImportProblem() {
    }

    public ImportProblem(long runId, int rowNumber, boolean duplicate, String message) {
        this.runId = runId;
        this.rowNumber = rowNumber;
        this.duplicate = duplicate;
        this.message = Text.cut(message, MESSAGE_LENGTH);
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public int getRowNumber() { return rowNumber; }
    public boolean isDuplicate() { return duplicate; }
    public String getMessage() { return message; }
}
