-- Indexes for the lists' filters that the dashboard's tiles and charts link to (invoices.xhtml?status=open&
-- currency=EUR&dueFrom=...&dueTo=..., finance/payments.xhtml?currency=EUR&receivedFrom=...&receivedTo=...,
-- quotes.xhtml?status=accepted&decidedFrom=...), so that a list whose count a tile shows never scans the table.
--
-- Open invoices of one currency by due date (the outstanding, overdue and aging-bucket tiles): the count reads
-- three ranges of this index (one per open status) and needs no row; the page reads the same ranges and sorts
-- only the matching invoices. Before, ix_invoices_status_due read every currency's rows of the range.
ALTER TABLE invoices
    ADD INDEX ix_invoices_status_currency_due (status, currency, due_date, id);

-- Recorded payments of one currency received on some days (the collected tiles), newest first: the page reads
-- this index backwards in list order and stops after the page; the count reads one range and no row. Without a
-- currency the list reads ix_payments_received (V6) in list order.
ALTER TABLE payments
    ADD INDEX ix_payments_status_currency_received (status, currency, received_on, id);

-- Quotes decided (accepted, declined, expired, converted) within some days (win rate, days to accept): one range
-- per status. Open quotes (draft, sent) use ix_quotes_status_valid (V5); created days ix_quotes_created (V5).
ALTER TABLE quotes
    ADD INDEX ix_quotes_status_decided (status, decided_at, id);
