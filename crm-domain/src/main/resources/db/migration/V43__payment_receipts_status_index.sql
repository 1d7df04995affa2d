-- The sweep for receipts whose message was lost (ReceiptSweep, every ten minutes) reads the PREPARING ones: an
-- index, not a scan of a receipt per payment.
CREATE INDEX ix_payment_receipts_status ON payment_receipts (status);
