-- Roll-ups that the dashboard and the analytics page read instead of day- and segment-fine tables: at a million
-- invoices, top products read 563,000 rows of fig_revenue_products and the 12-month chart 55,000 rows of
-- fig_collections (docs/PERFORMANCE-dashboard.md). Each table is filled with the select of its Summary bean, so
-- that the check agrees from the start.

-- A year's revenue (before tax, after discount) and quantity per product (0: a line without one), like
-- fig_client_revenue per client: the dashboard's top products read one year's few thousand rows.
CREATE TABLE fig_product_revenue (
    year            INT           NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    product_id      BIGINT        NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (year, currency, owner_id, product_id),
    INDEX ix_fig_product_revenue_owner (owner_id, year, currency, product_id, net_amount, quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_product_revenue (year, currency, owner_id, product_id, net_amount, quantity)
SELECT YEAR(src.issue_date), src.currency, COALESCE(c.owner_id, 0), COALESCE(l.product_id, 0),
       SUM(l.line_subtotal - l.line_discount), SUM(l.quantity)
FROM invoices src JOIN clients c ON c.id = src.client_id JOIN invoice_lines l ON l.invoice_id = src.id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3, 4;

-- Revenue per month (its first day) and product, for the analytics trend by product.
CREATE TABLE fig_revenue_product_months (
    month           DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    product_id      BIGINT        NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (month, currency, owner_id, product_id),
    INDEX ix_fig_revenue_product_months_owner (owner_id, month, currency, product_id, net_amount, quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_revenue_product_months (month, currency, owner_id, product_id, net_amount, quantity)
SELECT DATE_SUB(src.issue_date, INTERVAL DAYOFMONTH(src.issue_date) - 1 DAY), src.currency,
       COALESCE(c.owner_id, 0), COALESCE(l.product_id, 0), SUM(l.line_subtotal - l.line_discount), SUM(l.quantity)
FROM invoices src JOIN clients c ON c.id = src.client_id JOIN invoice_lines l ON l.invoice_id = src.id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3, 4;

-- Revenue per month and client segment ('' : none; compared exactly); summed over segments it is the revenue per
-- owner.
CREATE TABLE fig_revenue_segment_months (
    month           DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    segment         VARCHAR(60)   COLLATE utf8mb4_bin NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (month, currency, owner_id, segment)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_revenue_segment_months (month, currency, owner_id, segment, net_amount, quantity)
SELECT DATE_SUB(src.issue_date, INTERVAL DAYOFMONTH(src.issue_date) - 1 DAY), src.currency,
       COALESCE(c.owner_id, 0), COALESCE(c.segment, '') COLLATE utf8mb4_bin,
       SUM(l.line_subtotal - l.line_discount), SUM(l.quantity)
FROM invoices src JOIN clients c ON c.id = src.client_id JOIN invoice_lines l ON l.invoice_id = src.id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3, 4;

DROP TABLE fig_revenue_products;

-- Invoices issued per month (its first day), for the 12-month chart and the analytics trends.
CREATE TABLE fig_invoices_issued_months (
    month           DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    issued_count    BIGINT        NOT NULL,
    issued_amount   DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (month, currency, owner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_invoices_issued_months (month, currency, owner_id, issued_count, issued_amount)
SELECT DATE_SUB(src.issue_date, INTERVAL DAYOFMONTH(src.issue_date) - 1 DAY), src.currency,
       COALESCE(c.owner_id, 0), COUNT(*), SUM(src.total)
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3;

-- Money received that counts per month, for the 12-month chart, this and last month's tiles and the trends.
CREATE TABLE fig_collections_months (
    month           DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    payment_count   BIGINT        NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (month, currency, owner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_collections_months (month, currency, owner_id, payment_count, amount)
SELECT DATE_SUB(src.received_on, INTERVAL DAYOFMONTH(src.received_on) - 1 DAY), src.currency,
       COALESCE(c.owner_id, 0), COUNT(*), SUM(src.amount)
FROM payments src JOIN clients c ON c.id = src.client_id
WHERE src.status = 'RECORDED'
GROUP BY 1, 2, 3;
