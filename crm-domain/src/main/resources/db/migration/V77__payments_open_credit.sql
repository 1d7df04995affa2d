-- What a recorded payment has neither allocated nor refunded, kept by the database beside the three amounts it is
-- made of, so that two questions read an index instead of every payment:
-- - the reconciliation page's "payments with money not yet applied" counted all 1,000,000 payments on every load
--   (4 to 11 s at a million; 0.3 ms as a range of ix_payments_open_credit);
-- - a client's credit summed each of its payments' rows (52 ms for a client with 7,770 payments; 0.3 ms from
--   ix_payments_client_credit alone).
-- STORED: MySQL and MariaDB index a stored generated column alike, and no writer has to remember to keep it.
ALTER TABLE payments
    ADD COLUMN open_credit DECIMAL(19,4) GENERATED ALWAYS AS (amount - (allocated_total + refunded_total)) STORED,
    ADD INDEX ix_payments_open_credit (kind, status, open_credit),
    ADD INDEX ix_payments_client_credit (client_id, kind, status, currency, open_credit);
