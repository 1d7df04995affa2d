-- Payments received from clients (and refunds, as payments of the opposite sign linked to the original), and
-- their allocations to invoices. What a payment has not allocated or refunded is the client's credit.
CREATE TABLE payments (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    client_id         BIGINT        NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    amount            DECIMAL(19,4) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    method            VARCHAR(16)   NOT NULL,
    reference         VARCHAR(100)  NULL,
    received_on       DATE          NOT NULL,
    allocated_total   DECIMAL(19,4) NOT NULL,
    refunded_total    DECIMAL(19,4) NOT NULL,
    refund_of         BIGINT        NULL,
    note              VARCHAR(500)  NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_payments_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_payments_refund_of FOREIGN KEY (refund_of) REFERENCES payments (id),
    INDEX ix_payments_client (client_id, currency, status, received_on),
    INDEX ix_payments_received (received_on, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payment_allocations (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    payment_id   BIGINT        NOT NULL,
    invoice_id   BIGINT        NOT NULL,
    amount       DECIMAL(19,4) NOT NULL,
    reversed     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_allocations_payment FOREIGN KEY (payment_id) REFERENCES payments (id),
    CONSTRAINT fk_allocations_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    INDEX ix_allocations_payment (payment_id),
    INDEX ix_allocations_invoice (invoice_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
