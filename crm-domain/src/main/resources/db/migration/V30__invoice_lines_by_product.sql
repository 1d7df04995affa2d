-- The invoice list filtered to one product or service (the dashboard's top products link there): its lines first,
-- then their invoices, without reading every line.
CREATE INDEX ix_invoice_lines_product ON invoice_lines (product_id, invoice_id);
