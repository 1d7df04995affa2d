-- benchmark/seed-invoice-owners.sql: invoices.owner_id (V83) of the invoices with ids @lo..@hi: their client's
-- owner, as the migration sets it. Run by benchmark/lib/seed.sh in chunks as root, only where the schema has the
-- column.
UPDATE invoices i JOIN clients c ON c.id = i.client_id
SET i.owner_id = c.owner_id
WHERE i.id BETWEEN @lo AND @hi AND c.owner_id IS NOT NULL;
