-- One row per scheduled job (an EJB timer): how often it has run, and when and on which node it last started.
-- On a cluster each timer must fire once per cluster (WildFly's database timer store claims each firing); these
-- counts show it, and tell an operator which node ran a job last. One row per job, updated in place: no growth.
CREATE TABLE scheduled_jobs (
    job VARCHAR(120) NOT NULL,
    runs BIGINT NOT NULL,
    last_started_at DATETIME(3) NOT NULL,
    last_node VARCHAR(64) NOT NULL,
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
