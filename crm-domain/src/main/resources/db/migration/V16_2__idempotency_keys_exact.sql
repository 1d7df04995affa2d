-- Idempotency keys are compared exactly: under utf8mb4_unicode_ci "abc" and "ABC" were one key. A key also
-- remembers the SHA-256 of the request that used it, so that a reuse with another body is refused (422).
ALTER TABLE idempotency_keys
    MODIFY idem_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ADD COLUMN request_hash CHAR(64) NULL;
