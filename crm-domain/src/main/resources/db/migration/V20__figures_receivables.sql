-- Summary tables of the dashboard and analytics (org.crmir.figures). Kept up to date in the transaction of each
-- change of their source rows; rebuilt from them by FigureBook. This one: open invoices at their outstanding
-- amount, per currency, client owner (0: no owner) and due date, so that ages are ranges of due dates.
CREATE TABLE fig_receivables (
    currency     CHAR(3)       NOT NULL,
    owner_id     BIGINT        NOT NULL,
    due_date     DATE          NOT NULL,
    open_count   BIGINT        NOT NULL,
    open_amount  DECIMAL(19,4) NOT NULL,
    PRIMARY KEY (currency, owner_id, due_date),
    INDEX ix_fig_receivables_owner (owner_id, currency, due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fig_receivables (currency, owner_id, due_date, open_count, open_amount)
SELECT src.currency, COALESCE(c.owner_id, 0), src.due_date, COUNT(*),
       SUM(src.total - src.credited_total - src.paid_total)
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status IN ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')
GROUP BY src.currency, COALESCE(c.owner_id, 0), src.due_date;
