-- Failed password checks per account name and per client address, and the temporary locks they lead to.
-- In the database so that every node of a cluster counts the same failures and a restart forgets nothing.
CREATE TABLE sign_in_failures (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    kind             VARCHAR(10)   NOT NULL,
    subject          VARCHAR(100)  NOT NULL,
    failures         INT           NOT NULL DEFAULT 0,
    last_failure_at  DATETIME(6)   NULL,
    locked_until     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sign_in_failures_subject UNIQUE (kind, subject),
    INDEX ix_sign_in_failures_locked (locked_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
