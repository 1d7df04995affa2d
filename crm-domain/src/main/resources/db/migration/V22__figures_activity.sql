-- Summary tables of sales, contracts and activity (org.crmir.figures, see V20). Each is filled here with the
-- same select over the existing rows as its Summary class runs for upkeep, rebuild and check. Owner: the client's
-- owner (0: none). Tables read by ranges of days keep the day first in their key, with an index for one owner.

-- An expired quote is decided at the start of the day after its last valid day (Quote.expireIfPast): quotes
-- that expired before this rule get that day too, so expiries count on their day like the other decisions.
UPDATE quotes SET decided_at = TIMESTAMP(valid_until + INTERVAL 1 DAY)
WHERE status = 'EXPIRED' AND decided_at IS NULL;

CREATE TABLE fig_quotes (
    status       VARCHAR(12)   NOT NULL,
    currency     CHAR(3)       NOT NULL,
    owner_id     BIGINT        NOT NULL,
    quote_count  BIGINT        NOT NULL,
    quote_value  DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (status, currency, owner_id),
    INDEX ix_fig_quotes_owner (owner_id, status, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_quotes (status, currency, owner_id, quote_count, quote_value)
SELECT src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*), SUM(src.total)
FROM quotes src JOIN clients c ON c.id = src.client_id
GROUP BY src.status, src.currency, COALESCE(c.owner_id, 0);

CREATE TABLE fig_quote_created (
    created_on   DATE          NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    currency     CHAR(3)       NOT NULL,
    owner_id     BIGINT        NOT NULL,
    quote_count  BIGINT        NOT NULL,
    quote_value  DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (created_on, status, currency, owner_id),
    INDEX ix_fig_quote_created_owner (owner_id, created_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_quote_created (created_on, status, currency, owner_id, quote_count, quote_value)
SELECT DATE(src.created_at), src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*), SUM(src.total)
FROM quotes src JOIN clients c ON c.id = src.client_id
GROUP BY DATE(src.created_at), src.status, src.currency, COALESCE(c.owner_id, 0);

CREATE TABLE fig_quote_decisions (
    decided_on     DATE          NOT NULL,
    outcome        VARCHAR(12)   NOT NULL,
    currency       CHAR(3)       NOT NULL,
    owner_id       BIGINT        NOT NULL,
    quote_count    BIGINT        NOT NULL,
    quote_value    DECIMAL(19,4) NOT NULL,
    decision_days  BIGINT        NOT NULL,
    PRIMARY KEY (decided_on, outcome, currency, owner_id),
    INDEX ix_fig_quote_decisions_owner (owner_id, decided_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_quote_decisions (decided_on, outcome, currency, owner_id, quote_count, quote_value, decision_days)
SELECT DATE(src.decided_at), src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*), SUM(src.total),
       SUM(COALESCE(DATEDIFF(src.decided_at, src.sent_at), 0))
FROM quotes src JOIN clients c ON c.id = src.client_id
WHERE src.status IN ('ACCEPTED', 'DECLINED', 'EXPIRED', 'CONVERTED') AND src.decided_at IS NOT NULL
GROUP BY DATE(src.decided_at), src.status, src.currency, COALESCE(c.owner_id, 0);

-- Value per month: contract_value * 30 / (30 * whole months of the term + days left over), see MonthlyValue.
CREATE TABLE fig_contracts (
    status          VARCHAR(12)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    contract_count  BIGINT        NOT NULL,
    monthly_value   DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (status, currency, owner_id),
    INDEX ix_fig_contracts_owner (owner_id, status, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_contracts (status, currency, owner_id, contract_count, monthly_value)
SELECT src.status, src.currency, COALESCE(c.owner_id, 0), COUNT(*),
       SUM(ROUND(src.contract_value * 30 / (30 * TIMESTAMPDIFF(MONTH, src.start_date,
           src.end_date + INTERVAL 1 DAY) + DATEDIFF(src.end_date + INTERVAL 1 DAY, src.start_date
           + INTERVAL TIMESTAMPDIFF(MONTH, src.start_date, src.end_date + INTERVAL 1 DAY) MONTH)), 4))
FROM contracts src JOIN clients c ON c.id = src.client_id
GROUP BY src.status, src.currency, COALESCE(c.owner_id, 0);

-- Starts, renewals, terminations and expiries per month: see ContractEventsSummary.
CREATE TABLE fig_contract_events (
    month_start     DATE          NOT NULL,
    event           VARCHAR(12)   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    contract_count  BIGINT        NOT NULL,
    monthly_value   DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (month_start, event, currency, owner_id),
    INDEX ix_fig_contract_events_owner (owner_id, month_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_contract_events (month_start, event, currency, owner_id, contract_count, monthly_value)
SELECT e.month_start, e.event, e.currency, e.owner_id, COUNT(*), SUM(e.monthly_value)
FROM (SELECT e0.day - INTERVAL (DAYOFMONTH(e0.day) - 1) DAY AS month_start, e0.event, e0.currency, e0.owner_id,
             e0.monthly_value
      FROM (SELECT CASE k.event WHEN 'STARTED' THEN src.start_date
                       WHEN 'RENEWED' THEN src.end_date + INTERVAL 1 DAY
                       ELSE COALESCE(src.ended_on, src.end_date) END AS day,
                   k.event, src.currency, COALESCE(c.owner_id, 0) AS owner_id,
                   ROUND(src.contract_value * 30 / (30 * TIMESTAMPDIFF(MONTH, src.start_date,
                       src.end_date + INTERVAL 1 DAY) + DATEDIFF(src.end_date + INTERVAL 1 DAY, src.start_date
                       + INTERVAL TIMESTAMPDIFF(MONTH, src.start_date, src.end_date + INTERVAL 1 DAY) MONTH)), 4)
                       AS monthly_value
            FROM contracts src JOIN clients c ON c.id = src.client_id
            JOIN (SELECT 'STARTED' AS event UNION ALL SELECT 'RENEWED' UNION ALL SELECT 'TERMINATED'
                  UNION ALL SELECT 'EXPIRED') k
              ON (k.event = 'STARTED' AND src.revision = 1 AND src.status <> 'DRAFT')
              OR (k.event = 'RENEWED' AND src.status = 'RENEWED')
              OR (k.event = 'TERMINATED' AND src.status = 'TERMINATED' AND NOT EXISTS (SELECT 1 FROM contracts nx
                  WHERE nx.previous_id = src.id AND nx.status <> 'DRAFT'))
              OR (k.event = 'EXPIRED' AND src.status = 'EXPIRED')) e0) e
GROUP BY e.month_start, e.event, e.currency, e.owner_id;

CREATE TABLE fig_interactions (
    occurred_on        DATE         NOT NULL,
    channel            VARCHAR(10)  NOT NULL,
    direction          VARCHAR(10)  NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    owner_id           BIGINT       NOT NULL,
    interaction_count  BIGINT       NOT NULL,
    PRIMARY KEY (occurred_on, channel, direction, status, owner_id),
    INDEX ix_fig_interactions_owner (owner_id, occurred_on),
    -- the failed messages, whenever they were sent: a short range of this index
    INDEX ix_fig_interactions_status (status, owner_id, occurred_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_interactions (occurred_on, channel, direction, status, owner_id, interaction_count)
SELECT DATE(src.occurred_at), src.channel, src.direction, src.status, COALESCE(c.owner_id, 0), COUNT(*)
FROM interactions src JOIN clients c ON c.id = src.client_id
GROUP BY DATE(src.occurred_at), src.channel, src.direction, src.status, COALESCE(c.owner_id, 0);

CREATE TABLE fig_gateway_events (
    gateway      VARCHAR(20)  NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    event_count  BIGINT       NOT NULL,
    PRIMARY KEY (gateway, status),
    INDEX ix_fig_gateway_events_status (status, gateway)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_gateway_events (gateway, status, event_count)
SELECT src.gateway, src.status, COUNT(*) FROM gateway_events src GROUP BY src.gateway, src.status;

-- Contracts ending, or past their notice deadline, within 30 days are read from contracts itself through
-- ix_contracts_status_end (status, end_date, id) and ix_contracts_notice (status, notice_deadline) of V13: a range
-- of an index of 10,000 rows, not a scan, so they need no summary and no new index.
