-- What happened to each gateway event on its way: deliveries of the same event after the first (duplicates)
-- and failed processing attempts with the last error. Kept beside gateway_events, not in it: a failed attempt is
-- written in its own transaction while the failing one still holds the event's row lock, and a duplicate arrives
-- while the processor may hold it too. For the same reason there is no foreign key (its check would wait on
-- that lock); rows are only ever written for an existing event.
CREATE TABLE gateway_event_attempts (
    event_id        BIGINT        NOT NULL,
    duplicates      INT           NOT NULL DEFAULT 0,
    failures        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(500)  NULL,
    last_failure_at DATETIME(6)   NULL,
    last_duplicate_at DATETIME(6) NULL,
    PRIMARY KEY (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reconciliation page filters events by gateway and date.
CREATE INDEX ix_gateway_events_received ON gateway_events (received_at, id);
CREATE INDEX ix_gateway_events_payment ON gateway_events (payment_id);
