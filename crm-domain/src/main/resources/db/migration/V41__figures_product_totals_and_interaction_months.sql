-- Two more roll-ups for the analytics page, and a covering index for the dashboard's failed messages
-- (docs/PERFORMANCE-dashboard.md): over 36 months, everyone's revenue by product read 181,000 rows of
-- fig_revenue_product_months (a row per owner too) and the communication volume every day's row of
-- fig_interactions.

-- Revenue per month and product over all owners: what "everyone" reads; an owner's own view reads
-- fig_revenue_product_months.
CREATE TABLE fig_revenue_product_totals (
    month           DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    product_id      BIGINT        NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (month, currency, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_revenue_product_totals (month, currency, product_id, net_amount, quantity)
SELECT DATE_SUB(src.issue_date, INTERVAL DAYOFMONTH(src.issue_date) - 1 DAY), src.currency,
       COALESCE(l.product_id, 0), SUM(l.line_subtotal - l.line_discount), SUM(l.quantity)
FROM invoices src JOIN clients c ON c.id = src.client_id JOIN invoice_lines l ON l.invoice_id = src.id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3;

-- Interactions per month (its first day), channel, direction, delivery status and owner.
CREATE TABLE fig_interactions_months (
    month              DATE         NOT NULL,
    channel            VARCHAR(10)  NOT NULL,
    direction          VARCHAR(10)  NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    owner_id           BIGINT       NOT NULL,
    interaction_count  BIGINT       NOT NULL,
    PRIMARY KEY (month, channel, direction, status, owner_id),
    INDEX ix_fig_interactions_months_owner (owner_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_interactions_months (month, channel, direction, status, owner_id, interaction_count)
SELECT DATE_SUB(DATE(src.occurred_at), INTERVAL DAYOFMONTH(src.occurred_at) - 1 DAY), src.channel, src.direction,
       src.status, COALESCE(c.owner_id, 0), COUNT(*)
FROM interactions src JOIN clients c ON c.id = src.client_id
GROUP BY 1, 2, 3, 4, 5;

-- The failed messages' counts in the index itself: the dashboard sums them without a lookup per row.
DROP INDEX ix_fig_interactions_status ON fig_interactions;
CREATE INDEX ix_fig_interactions_status ON fig_interactions (status, owner_id, occurred_on, interaction_count);
