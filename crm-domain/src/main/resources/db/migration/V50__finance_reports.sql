-- Finance reports (org.crmir.financereport): one row per run, asked for on a page or through the API and rendered
-- by an MDB from crm.reports. The output is kept apart, in chunks of at most 1 MB (a report of a million invoices
-- must not need one packet or one byte array of its size), so that retention removes it and keeps the record.
CREATE TABLE report_runs (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report        VARCHAR(40)   NOT NULL,
    parameters    VARCHAR(500)  NOT NULL,
    format        VARCHAR(8)    NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    requested_by  VARCHAR(64)   NOT NULL,
    requested_at  DATETIME(6)   NOT NULL,
    started_at    DATETIME(6)   NULL,
    finished_at   DATETIME(6)   NULL,
    rows_read     BIGINT        NOT NULL DEFAULT 0,
    size_bytes    BIGINT        NULL,
    sha256        CHAR(64)      NULL,
    failure       VARCHAR(500)  NULL,
    output_removed_at DATETIME(6) NULL,
    rerun_of      BIGINT        NULL,
    PRIMARY KEY (id),
    INDEX ix_report_runs_requested (requested_at, id),
    INDEX ix_report_runs_report (report, status, requested_at),
    INDEX ix_report_runs_status (status, requested_at),
    INDEX ix_report_runs_finished (finished_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_outputs (
    run_id   BIGINT      NOT NULL,
    seq      INT         NOT NULL,
    content  MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_report_outputs_run FOREIGN KEY (run_id) REFERENCES report_runs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The credit notes report reads a period of issue dates (the payments report finds each payment's gateway
-- through V12's ix_gateway_events_payment).
CREATE INDEX ix_credit_notes_issue ON credit_notes (issue_date, id);
