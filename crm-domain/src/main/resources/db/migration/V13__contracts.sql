-- Contracts: terms with a client for a period, important dates, recurring billing lines, and the guard that
-- makes each billing period one invoice exactly once. Revisions (amendments, renewals) share the number.

CREATE TABLE contracts (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    number              VARCHAR(30)   NULL,
    revision            INT           NOT NULL DEFAULT 1,
    previous_id         BIGINT        NULL,
    client_id           BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    owner               VARCHAR(64)   NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    start_date          DATE          NOT NULL,
    end_date            DATE          NOT NULL,
    notice_days         INT           NOT NULL,
    notice_deadline     DATE          NOT NULL,
    auto_renew          BOOLEAN       NOT NULL,
    renewal_months      INT           NULL,
    reminder_days       INT           NOT NULL,
    contract_value      DECIMAL(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    terms               MEDIUMTEXT    NULL,
    signatory           VARCHAR(200)  NULL,
    signed_on           DATE          NULL,
    billing_schedule    VARCHAR(10)   NULL,
    invoice_mode        VARCHAR(10)   NOT NULL,
    billing_anchor      DATE          NULL,
    next_billing_date   DATE          NULL,
    public_token        VARCHAR(64)   NULL,
    sent_at             DATETIME(6)   NULL,
    accepted_at         DATETIME(6)   NULL,
    accepted_by         VARCHAR(200)  NULL,
    activated_at        DATETIME(6)   NULL,
    ended_on            DATE          NULL,
    end_reason          VARCHAR(500)  NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_contracts_number_revision UNIQUE (number, revision),
    CONSTRAINT uk_contracts_token UNIQUE (public_token),
    CONSTRAINT fk_contracts_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_contracts_previous FOREIGN KEY (previous_id) REFERENCES contracts (id),
    INDEX ix_contracts_status_end (status, end_date, id),
    INDEX ix_contracts_client (client_id, created_at),
    INDEX ix_contracts_owner (owner, status, end_date),
    INDEX ix_contracts_created (created_at, id),
    INDEX ix_contracts_next_billing (next_billing_date),
    INDEX ix_contracts_notice (status, notice_deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract_billing_lines (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id       BIGINT        NOT NULL,
    position          INT           NOT NULL,
    product_id        BIGINT        NULL,
    description       VARCHAR(500)  NOT NULL,
    quantity          DECIMAL(19,4) NOT NULL,
    unit              VARCHAR(20)   NULL,
    unit_price        DECIMAL(19,4) NOT NULL,
    discount_percent  DECIMAL(5,2)  NOT NULL,
    tax_rate          DECIMAL(7,4)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contract_lines_contract FOREIGN KEY (contract_id) REFERENCES contracts (id) ON DELETE CASCADE,
    INDEX ix_contract_lines_contract (contract_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract_milestones (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id  BIGINT        NOT NULL,
    label        VARCHAR(200)  NOT NULL,
    due_date     DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contract_milestones_contract FOREIGN KEY (contract_id) REFERENCES contracts (id)
        ON DELETE CASCADE,
    INDEX ix_contract_milestones_due (due_date, contract_id),
    INDEX ix_contract_milestones_contract (contract_id, due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per contract number and period start: a double, concurrent or retried billing run cannot insert a
-- period twice, so it never makes a second invoice for it.
CREATE TABLE contract_billed_periods (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    contract_number  VARCHAR(30)  NOT NULL,
    period_start     DATE         NOT NULL,
    period_end       DATE         NOT NULL,
    contract_id      BIGINT       NOT NULL,
    invoice_id       BIGINT       NULL,
    billed_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_contract_billed_periods UNIQUE (contract_number, period_start),
    CONSTRAINT fk_contract_billed_contract FOREIGN KEY (contract_id) REFERENCES contracts (id),
    CONSTRAINT fk_contract_billed_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE SET NULL,
    INDEX ix_contract_billed_invoice (invoice_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
