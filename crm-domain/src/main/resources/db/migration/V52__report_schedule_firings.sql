-- One firing of a schedule per slot: the unique key makes a second firing of the same slot impossible, whichever
-- node or timer tries. Its name and owner are kept, so that the archive still says which schedule ran a report
-- after the schedule is deleted. runs_left counts the runs not finished yet; the last one to finish mails.
CREATE TABLE report_schedule_firings (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id   BIGINT        NULL,
    schedule_name VARCHAR(100)  NOT NULL,
    owner         VARCHAR(64)   NOT NULL,
    slot          DATETIME(6)   NOT NULL,
    fired_at      DATETIME(6)   NOT NULL,
    runs_left     INT           NOT NULL,
    finished_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_report_schedule_firings_slot (schedule_id, slot),
    CONSTRAINT fk_report_schedule_firings_schedule FOREIGN KEY (schedule_id) REFERENCES report_schedules (id)
        ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A run made by a firing says so; one run per format and firing.
ALTER TABLE report_runs
    ADD COLUMN firing_id BIGINT NULL,
    ADD COLUMN schedule_id BIGINT NULL,
    ADD COLUMN schedule_name VARCHAR(100) NULL,
    ADD CONSTRAINT uq_report_runs_firing_format UNIQUE (firing_id, format),
    ADD CONSTRAINT fk_report_runs_firing FOREIGN KEY (firing_id) REFERENCES report_schedule_firings (id),
    ADD INDEX ix_report_runs_schedule (schedule_id, requested_at);

-- Each e-mail a firing sends: the outputs to a recipient, or the failure notice to the owner. These mails are no
-- client's conversation, so they are recorded here, against the firing and so its runs, not in the history.
CREATE TABLE report_deliveries (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    firing_id   BIGINT        NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    username    VARCHAR(64)   NULL,
    purpose     VARCHAR(8)    NOT NULL,
    status      VARCHAR(8)    NOT NULL,
    subject     VARCHAR(255)  NOT NULL,
    body        TEXT          NOT NULL,
    attach      BOOLEAN       NOT NULL,
    error       VARCHAR(500)  NULL,
    updated_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_report_deliveries_firing (firing_id, id),
    CONSTRAINT fk_report_deliveries_firing FOREIGN KEY (firing_id) REFERENCES report_schedule_firings (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
