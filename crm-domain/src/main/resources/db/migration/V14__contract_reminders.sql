-- Reminders sent to a contract's owner (end date, notice deadline, important dates), one row per contract and
-- reminder key under a unique index: each reminder goes out once, whatever reruns or restarts.
CREATE TABLE contract_reminders (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id     BIGINT        NOT NULL,
    reminder_key    VARCHAR(60)   NOT NULL,
    due_date        DATE          NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    recipient       VARCHAR(64)   NOT NULL,
    interaction_id  BIGINT        NULL,
    sent_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_contract_reminders UNIQUE (contract_id, reminder_key),
    CONSTRAINT fk_contract_reminders_contract FOREIGN KEY (contract_id) REFERENCES contracts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
