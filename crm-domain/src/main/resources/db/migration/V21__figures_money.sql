-- The money side of the dashboard and analytics (org.crmir.figures): invoices issued, credit notes, collections,
-- revenue by product and segment, settled invoices with their days to pay, revenue per client. Rows per day or
-- month (never per invoice); each filled here with the same select its Summary class keeps it up to date with.

-- The day an invoice was settled (PAID); before this column: the day of the last money or credit on it.
ALTER TABLE invoices ADD COLUMN paid_on DATE NULL;
UPDATE invoices i SET i.paid_on = COALESCE(NULLIF(GREATEST(
        COALESCE((SELECT MAX(p.received_on) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id
                  WHERE a.invoice_id = i.id AND a.reversed = FALSE), DATE '1000-01-01'),
        COALESCE((SELECT MAX(cn.issue_date) FROM credit_notes cn WHERE cn.invoice_id = i.id), DATE '1000-01-01')),
    DATE '1000-01-01'), i.issue_date)
WHERE i.status = 'PAID';
CREATE INDEX ix_invoices_paid_on ON invoices (paid_on, id);

-- Invoices issued (not draft, not void) per currency, client owner (0: none) and issue date.
CREATE TABLE fig_invoices_issued (
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    issue_date      DATE          NOT NULL,
    issued_count    BIGINT        NOT NULL,
    issued_amount   DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, owner_id, issue_date),
    INDEX ix_fig_invoices_issued_day (issue_date, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_invoices_issued (currency, owner_id, issue_date, issued_count, issued_amount)
SELECT src.currency, COALESCE(c.owner_id, 0), src.issue_date, COUNT(*), SUM(src.total)
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY src.currency, COALESCE(c.owner_id, 0), src.issue_date;

-- Credit notes per currency, client owner and issue date.
CREATE TABLE fig_credit_notes (
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    issue_date      DATE          NOT NULL,
    credit_count    BIGINT        NOT NULL,
    credit_amount   DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, owner_id, issue_date),
    INDEX ix_fig_credit_notes_day (issue_date, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_credit_notes (currency, owner_id, issue_date, credit_count, credit_amount)
SELECT src.currency, COALESCE(c.owner_id, 0), src.issue_date, COUNT(*), SUM(src.amount)
FROM credit_notes src JOIN clients c ON c.id = src.client_id
WHERE 1 = 1
GROUP BY src.currency, COALESCE(c.owner_id, 0), src.issue_date;

-- Money received (payments, and refunds as negative amounts) that still counts (RECORDED), per currency, client
-- owner, day received, method and kind.
CREATE TABLE fig_collections (
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    received_on     DATE          NOT NULL,
    method          VARCHAR(16)   NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    payment_count   BIGINT        NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, owner_id, received_on, method, kind),
    INDEX ix_fig_collections_day (received_on, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_collections (currency, owner_id, received_on, method, kind, payment_count, amount)
SELECT src.currency, COALESCE(c.owner_id, 0), src.received_on, src.method, src.kind, COUNT(*), SUM(src.amount)
FROM payments src JOIN clients c ON c.id = src.client_id
WHERE src.status = 'RECORDED'
GROUP BY src.currency, COALESCE(c.owner_id, 0), src.received_on, src.method, src.kind;

-- Revenue of issued invoices' lines (subtotal less discount, before tax) and quantity, per currency, client owner,
-- month of issue (its first day), client segment ('' : none; compared exactly) and product (0: a free line).
CREATE TABLE fig_revenue_products (
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    month           DATE          NOT NULL,
    segment         VARCHAR(60)   COLLATE utf8mb4_bin NOT NULL,
    product_id      BIGINT        NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, owner_id, month, segment, product_id),
    INDEX ix_fig_revenue_products_month (month, currency, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_revenue_products (currency, owner_id, month, segment, product_id, net_amount, quantity)
SELECT src.currency, COALESCE(c.owner_id, 0), DATE_SUB(src.issue_date, INTERVAL DAYOFMONTH(src.issue_date) - 1 DAY),
       COALESCE(c.segment, '') COLLATE utf8mb4_bin, COALESCE(l.product_id, 0),
       SUM(l.line_subtotal - l.line_discount), SUM(l.quantity)
FROM invoices src JOIN clients c ON c.id = src.client_id JOIN invoice_lines l ON l.invoice_id = src.id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3, 4, 5;

-- Invoices settled (PAID), per currency, client owner and month settled, with the days from issue to settlement
-- added up (an invoice paid in advance counts 0 days), for the average days to pay.
CREATE TABLE fig_invoices_settled (
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    month           DATE          NOT NULL,
    settled_count   BIGINT        NOT NULL,
    settled_amount  DECIMAL(19,4) NOT NULL,
    days_to_pay     BIGINT        NOT NULL,
    PRIMARY KEY (currency, owner_id, month),
    INDEX ix_fig_invoices_settled_month (month, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_invoices_settled (currency, owner_id, month, settled_count, settled_amount, days_to_pay)
SELECT src.currency, COALESCE(c.owner_id, 0), DATE_SUB(src.paid_on, INTERVAL DAYOFMONTH(src.paid_on) - 1 DAY),
       COUNT(*), SUM(src.total), SUM(GREATEST(DATEDIFF(src.paid_on, src.issue_date), 0))
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status = 'PAID' AND src.paid_on IS NOT NULL
GROUP BY src.currency, COALESCE(c.owner_id, 0), DATE_SUB(src.paid_on, INTERVAL DAYOFMONTH(src.paid_on) - 1 DAY);

-- Revenue (subtotal less discount, before tax) and invoices issued per client, year and currency: the top
-- clients of a year are the first rows of an index, per currency and per owner.
CREATE TABLE fig_client_revenue (
    year            INT           NOT NULL,
    currency        CHAR(3)       NOT NULL,
    owner_id        BIGINT        NOT NULL,
    client_id       BIGINT        NOT NULL,
    invoice_count   BIGINT        NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (year, currency, owner_id, client_id),
    INDEX ix_fig_client_revenue_top (year, currency, net_amount),
    INDEX ix_fig_client_revenue_owner_top (year, currency, owner_id, net_amount)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_client_revenue (year, currency, owner_id, client_id, invoice_count, net_amount)
SELECT YEAR(src.issue_date), src.currency, COALESCE(c.owner_id, 0), src.client_id, COUNT(*),
       SUM(src.subtotal - src.discount_total)
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY YEAR(src.issue_date), src.currency, COALESCE(c.owner_id, 0), src.client_id;
