-- Each invoice carries its client's owner, kept in step by the application: set when the invoice is made (read
-- from the client under a shared lock), moved with the client when it changes hands (InvoiceOwners). Before, the
-- owner filter reached the owner through the client: "a sales user's dollar invoices due this month" walked the
-- newest invoices and looked up each one's client, 17,684 rows for 356 matches at a million invoices
-- (benchmark/screens, rest:invoices USD owner due). Led by the owner and the currency, the index reads those
-- invoices alone: a window of due dates as a range (357 entries for those 356), a status from the index entries
-- (an owner's overdue dollar invoices: 13,329 entries, no row, about 4 ms).
ALTER TABLE invoices
    ADD COLUMN owner_id BIGINT NULL,
    ADD CONSTRAINT fk_invoices_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    ADD INDEX ix_invoices_owner_currency_due (owner_id, currency, due_date, status);

UPDATE invoices i JOIN clients c ON c.id = i.client_id
SET i.owner_id = c.owner_id
WHERE c.owner_id IS NOT NULL;
