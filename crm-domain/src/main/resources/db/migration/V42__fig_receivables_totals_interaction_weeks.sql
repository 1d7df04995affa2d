-- Receivables over all owners, per currency and due date (docs/PERFORMANCE-dashboard.md): everyone's aging and
-- outstanding read about 18,000 rows of fig_receivables (a row per owner too) at a million invoices; an owner's
-- own figures still read fig_receivables.
CREATE TABLE fig_receivables_totals (
    currency        CHAR(3)       NOT NULL,
    due_date        DATE          NOT NULL,
    open_count      BIGINT        NOT NULL,
    open_amount     DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_receivables_totals (currency, due_date, open_count, open_amount)
SELECT src.currency, src.due_date, COUNT(*), SUM(src.total - src.credited_total - src.paid_total)
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')
GROUP BY 1, 2;

-- Interactions per week (its Monday), channel and owner: the dashboard's weeks by channel read 12 weeks of these
-- instead of 84 days of fig_interactions, a row per day, channel, direction, status and owner.
CREATE TABLE fig_interactions_weeks (
    week_start         DATE         NOT NULL,
    channel            VARCHAR(10)  NOT NULL,
    owner_id           BIGINT       NOT NULL,
    interaction_count  BIGINT       NOT NULL,
    PRIMARY KEY (week_start, channel, owner_id),
    INDEX ix_fig_interactions_weeks_owner (owner_id, week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_interactions_weeks (week_start, channel, owner_id, interaction_count)
SELECT DATE(src.occurred_at) - INTERVAL WEEKDAY(src.occurred_at) DAY, src.channel, COALESCE(c.owner_id, 0), COUNT(*)
FROM interactions src JOIN clients c ON c.id = src.client_id
GROUP BY 1, 2, 3;
