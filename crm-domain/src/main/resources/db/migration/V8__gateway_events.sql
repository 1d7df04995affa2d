-- Events from payment gateways (webhooks, callbacks), stored raw under a unique (gateway, event id) before they
-- are acknowledged, then processed once by the payment MDB. The outcome stays visible for reconciliation.
CREATE TABLE gateway_events (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    gateway      VARCHAR(20)   NOT NULL,
    event_id     VARCHAR(100)  NOT NULL,
    event_type   VARCHAR(80)   NOT NULL,
    payload      MEDIUMTEXT    NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    outcome      VARCHAR(500)  NULL,
    payment_id   BIGINT        NULL,
    processed_at DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_gateway_events UNIQUE (gateway, event_id),
    INDEX ix_gateway_events_status (status, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
