-- benchmark/seed-paid-on.sql: invoices.paid_on (V21) of the PAID invoices with ids @lo..@hi: the day their payment
-- (seed-payments.sql: same id) was received, as the migration derives it. Run by benchmark/dashboard in chunks as
-- root in database crmir_dashbench, only where the schema has the column.
UPDATE invoices i JOIN payments p ON p.id = i.id
SET i.paid_on = p.received_on
WHERE i.id BETWEEN @lo AND @hi AND i.status = 'PAID';
