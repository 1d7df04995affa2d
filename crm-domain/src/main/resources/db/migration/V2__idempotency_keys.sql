-- Idempotency keys: a retried create (same caller, operation and key) returns what the first one made.
CREATE TABLE idempotency_keys (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    actor        VARCHAR(64)  NOT NULL,
    operation    VARCHAR(40)  NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    resource_id  BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_keys UNIQUE (actor, operation, idem_key),
    INDEX ix_idempotency_keys_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
