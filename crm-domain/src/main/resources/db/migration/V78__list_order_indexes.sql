-- Three lists that read far more than their page at a million rows (benchmark/screens, docs/PERFORMANCE-screens.md):
-- - the invoice list filtered by due date alone ("due in the next 30 days", any status) counts its matches up to
--   10,001; every index with the due date started with the status (or the currency), so the count read all of
--   ix_invoices_status_due (989,252 entries, 0.6 s). Led by the due date it reads the window and stops; with the
--   currency and the client in it, the window narrowed to a currency and an owner is counted from the index alone
--   (the REST list of one owner's dollar invoices due in 30 days: about 90 to 25 ms a count).
-- - a client's payments, newest first (the client's page): no index gave a client's payments in id order, so
--   MariaDB walked the primary key backwards until it had 25 of the client's (168,047 rows, 114 ms for the largest
--   client, twice a page). (client_id, id) hands them over in order: 25 rows.
-- - payments by method ("card payments"): no index started with the method, so the count read every recorded
--   payment's row for its method (39,988 rows, 82 ms). Led by method and status it reads the index alone.
ALTER TABLE invoices ADD INDEX ix_invoices_due (due_date, currency, client_id);
ALTER TABLE payments
    ADD INDEX ix_payments_client_newest (client_id, id),
    ADD INDEX ix_payments_method_status_received (method, status, received_on, id);
