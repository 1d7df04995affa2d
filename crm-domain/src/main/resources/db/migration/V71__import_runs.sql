-- CSV imports (org.crmir.importing): each run with its counts, kept up to date chunk by chunk in the chunk's own
-- transaction (so the counts always match what was written), and the rows it could not take.
CREATE TABLE import_runs (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(10)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    started_by     VARCHAR(64)   NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    finished_at    DATETIME(6)   NULL,
    state          VARCHAR(10)   NOT NULL,
    total_rows     INT           NOT NULL,
    processed_rows INT           NOT NULL DEFAULT 0,
    created_rows   INT           NOT NULL DEFAULT 0,
    duplicate_rows INT           NOT NULL DEFAULT 0,
    failed_rows    INT           NOT NULL DEFAULT 0,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_import_runs_started (started_by, id),
    INDEX ix_import_runs_state (kind, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_problems (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    run_id     BIGINT        NOT NULL,
    row_no     INT           NOT NULL,
    duplicate  BOOLEAN       NOT NULL,
    message    VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_import_problems_run (run_id, row_no),
    CONSTRAINT fk_import_problems_run FOREIGN KEY (run_id) REFERENCES import_runs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Duplicate detection looks clients up by tax ID (e-mail and name are indexed already).
CREATE INDEX ix_clients_tax_id ON clients (tax_id);
