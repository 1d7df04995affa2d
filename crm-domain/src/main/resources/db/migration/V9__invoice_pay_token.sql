-- The public pay link of an issued invoice. Invoices issued before this migration get a token here; new ones
-- get theirs from SecureRandom when they are issued.
ALTER TABLE invoices ADD COLUMN pay_token VARCHAR(64) NULL;
UPDATE invoices SET pay_token = SHA2(CONCAT(UUID(), RAND(), id), 256) WHERE number IS NOT NULL;
ALTER TABLE invoices ADD CONSTRAINT uk_invoices_pay_token UNIQUE (pay_token);

-- A request to a gateway to collect money for an invoice: a Stripe Checkout Session, an M-Pesa STK Push. Its
-- idempotency key makes a retried request the same request at the gateway; the gateway's own id (session id,
-- CheckoutRequestID) is how a later webhook or callback finds the invoice it pays.
CREATE TABLE payment_requests (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    gateway         VARCHAR(20)   NOT NULL,
    invoice_id      BIGINT        NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    external_id     VARCHAR(100)  NULL,
    redirect_url    VARCHAR(1000) NULL,
    payer_phone     VARCHAR(20)   NULL,
    status          VARCHAR(12)   NOT NULL,
    failure         VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_payment_requests_key UNIQUE (gateway, idempotency_key),
    CONSTRAINT uk_payment_requests_external UNIQUE (gateway, external_id),
    CONSTRAINT fk_payment_requests_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    INDEX ix_payment_requests_invoice (invoice_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
