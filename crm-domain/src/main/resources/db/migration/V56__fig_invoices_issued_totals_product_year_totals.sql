-- Invoicing per currency and day over all owners: everyone's invoicing this month and over the DSO window read a
-- row per day, not one per owner and day (about 11 ms after each payment at a million invoices;
-- docs/PERFORMANCE-dashboard.md). An owner's own figures still read fig_invoices_issued.
CREATE TABLE fig_invoices_issued_totals (
    currency        CHAR(3)       NOT NULL,
    issue_date      DATE          NOT NULL,
    issued_count    BIGINT        NOT NULL,
    issued_amount   DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, issue_date),
    INDEX ix_fig_invoices_issued_totals_day (issue_date, currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Filled from the invoices with the summary's own select (IssuedTotalsSummary), as a rebuild fills it.
INSERT INTO fig_invoices_issued_totals (currency, issue_date, issued_count, issued_amount)
SELECT src.currency, src.issue_date, COUNT(*), SUM(src.total)
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2;

-- Revenue per year, currency and product over all owners: everyone's top products of the year read a row per
-- product, not one per owner and product (about 10 ms after each invoice change at a million invoices).
CREATE TABLE fig_product_revenue_totals (
    year            INT           NOT NULL,
    currency        CHAR(3)       NOT NULL,
    product_id      BIGINT        NOT NULL,
    net_amount      DECIMAL(19,4) NOT NULL,
    quantity        DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (year, currency, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Filled from the invoices' lines with the summary's own select (ProductYearTotalsSummary).
INSERT INTO fig_product_revenue_totals (year, currency, product_id, net_amount, quantity)
SELECT YEAR(src.issue_date), src.currency, COALESCE(l.product_id, 0), SUM(l.line_subtotal - l.line_discount),
       SUM(l.quantity)
FROM invoices src JOIN clients c ON c.id = src.client_id JOIN invoice_lines l ON l.invoice_id = src.id
WHERE src.status NOT IN ('DRAFT', 'VOID')
GROUP BY 1, 2, 3;
