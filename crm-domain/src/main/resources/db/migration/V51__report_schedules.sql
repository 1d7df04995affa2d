-- Schedules of finance reports (org.crmir.financereport): what to run, when (a recurrence at a time in a time
-- zone), for whom. next_run_at is the slot the timer fires next; the timer claims due rows with a row lock
-- (FOR UPDATE SKIP LOCKED), so that on a cluster each slot is taken by one node.
CREATE TABLE report_schedules (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(100)  NOT NULL,
    report          VARCHAR(40)   NOT NULL,
    formats         VARCHAR(20)   NOT NULL,
    relative_period VARCHAR(20)   NULL,
    currency        CHAR(3)       NOT NULL,
    client_id       BIGINT        NULL,
    frequency       VARCHAR(10)   NOT NULL,
    days            VARCHAR(60)   NULL,
    day_of_month    TINYINT       NULL,
    at_time         TIME          NOT NULL,
    zone            VARCHAR(64)   NOT NULL,
    owner           VARCHAR(64)   NOT NULL,
    active          BOOLEAN       NOT NULL,
    next_run_at     DATETIME(6)   NULL,
    -- Firings that failed in a row (rolled back whole); the third pauses the schedule. Zeroed by a firing.
    failed_firings  INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_report_schedules_due (active, next_run_at),
    INDEX ix_report_schedules_name (name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who gets a schedule's outputs: a CRMir user (at the account's e-mail, read when it fires) or an address.
CREATE TABLE report_schedule_recipients (
    schedule_id BIGINT        NOT NULL,
    kind        VARCHAR(8)    NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    PRIMARY KEY (schedule_id, kind, recipient),
    CONSTRAINT fk_report_schedule_recipients FOREIGN KEY (schedule_id) REFERENCES report_schedules (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
