-- The invoice list at a million invoices (benchmark/invoices, docs/PERFORMANCE-invoices.md). Every list request
-- runs three statements: the page's ids (filtered, newest first), the count, and the sums per currency.
--
-- A page filtered by status (and issue dates, a minimum total) reads this index backwards within the status, in
-- list order (created_at, then id, named so that issue_date and total can follow), and checks the other filters
-- in the index itself: no row is read until it is on the page.
-- The count and the sums of a status filter read a range of the second index (status, then issue dates) and find
-- every column they need in it.
-- The unfiltered sums read the third index in currency order: half the bytes of the table and no temporary table
-- for the GROUP BY; they still read every invoice.
ALTER TABLE invoices
    ADD INDEX ix_invoices_status_created (status, created_at, id, issue_date, total),
    ADD INDEX ix_invoices_status_issued (status, issue_date, total, currency, credited_total, paid_total),
    ADD INDEX ix_invoices_currency_totals (currency, status, total, credited_total, paid_total);
