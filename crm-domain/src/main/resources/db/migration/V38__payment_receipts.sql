-- A payment's receipt is prepared after the payment commits, in a step of its own (crm.receipts): one row per
-- payment (the primary key is the payment's id, so a redelivered message finds the receipt and makes no second
-- one). Its number stays RCPT-<payment id>: no counter, so nothing can leave a gap.
CREATE TABLE payment_receipts (
    payment_id   BIGINT       NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    pdf          LONGBLOB     NULL,
    requested_at DATETIME(6)  NOT NULL,
    -- set when the payment was history being written down (demo data, imports): the receipt is dated then
    replayed_at  DATETIME(6)  NULL,
    prepared_at  DATETIME(6)  NULL,
    failure      VARCHAR(500) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (payment_id),
    CONSTRAINT fk_payment_receipts_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed attempts, written in a transaction of their own while the failing one still holds the receipt's row:
-- hence a table apart, without a foreign key (as gateway_event_attempts).
CREATE TABLE payment_receipt_attempts (
    payment_id      BIGINT       NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(500) NULL,
    correlation_id  VARCHAR(16)  NULL,
    last_failure_at DATETIME(6)  NULL,
    PRIMARY KEY (payment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
