-- The payments list filtered to refunds (kind = REFUND, status RECORDED unless another is chosen): refunds are 1.5 %
-- of payments, so reading ix_payments_received in list order passed thousands of payments per page, and the capped
-- count's probe for the 10,001st match scanned the table (2-3 s at a million payments). This index answers both in
-- list order from the refunds alone.
CREATE INDEX ix_payments_kind_status_received ON payments (kind, status, received_on, id);
