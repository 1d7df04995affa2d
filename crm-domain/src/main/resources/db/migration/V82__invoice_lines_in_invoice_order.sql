-- A product's invoices, newest first, from its lines alone. The invoice list filtered to a product sorted the
-- product's invoices by their creation time, read off each invoice: 13,754 invoices looked up for a page of 25
-- (24 ms at a million invoices, benchmark/screens). Each line now carries its invoice's creation time, which never
-- changes, and the product's index is in that order: the page is its first 25 entries (0.2 ms).
ALTER TABLE invoice_lines ADD COLUMN invoice_created_at DATETIME(6) NULL;
UPDATE invoice_lines l JOIN invoices i ON i.id = l.invoice_id SET l.invoice_created_at = i.created_at;
ALTER TABLE invoice_lines
    MODIFY invoice_created_at DATETIME(6) NOT NULL,
    DROP INDEX ix_invoice_lines_product,
    ADD INDEX ix_invoice_lines_product (product_id, invoice_created_at, invoice_id);
