-- Outbound webhooks (org.crmir.webhook): endpoints an administrator registers, the events each wants, one delivery
-- per event and endpoint (written in the transaction of the change, so none is lost or made up), and its attempts.
CREATE TABLE webhook_endpoints (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    url             VARCHAR(2000)  NOT NULL,
    description     VARCHAR(200)   NULL,
    secret          VARCHAR(64)    NOT NULL,
    enabled         BOOLEAN        NOT NULL,
    disabled_reason VARCHAR(300)   NULL,
    failing_since   DATETIME(6)    NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_endpoint_events (
    endpoint_id BIGINT      NOT NULL,
    event_type  VARCHAR(40) NOT NULL,
    PRIMARY KEY (endpoint_id, event_type),
    INDEX ix_webhook_endpoint_events_type (event_type, endpoint_id),
    CONSTRAINT fk_webhook_endpoint_events FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_deliveries (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    endpoint_id     BIGINT       NOT NULL,
    event_id        VARCHAR(40)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    payload         MEDIUMTEXT   NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    last_status     INT          NULL,
    last_attempt_at DATETIME(6)  NULL,
    next_attempt_at DATETIME(6)  NULL,
    claimed_until   DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_webhook_deliveries_event (endpoint_id, event_id),
    INDEX ix_webhook_deliveries_endpoint (endpoint_id, id),
    INDEX ix_webhook_deliveries_due (state, next_attempt_at),
    CONSTRAINT fk_webhook_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_attempts (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    delivery_id  BIGINT        NOT NULL,
    number       INT           NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    duration_ms  BIGINT        NOT NULL,
    http_status  INT           NULL,
    excerpt      VARCHAR(500)  NULL,
    by_hand      BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_attempts_delivery (delivery_id, number),
    CONSTRAINT fk_webhook_attempts_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_deliveries (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
