-- benchmark/seed-invoice-lines.sql: the lines of invoices with ids @lo..@hi (from seed-invoices.sql), run by
-- benchmark/dashboard in chunks as root in database crmir_dashbench. Needs products 1..@products.
--
-- Shape: 40 % of invoices have one line, 35 % two, 25 % three. The lines add up to the invoice exactly: the first
-- lines take 60 % (of two) or 50 % and 30 % (of three) of the subtotal as quantity 1-5 x a unit price in cents,
-- the last line the rest at quantity 1; each line's tax is at the invoice's rate, the last line's tax the rest of
-- the invoice's. Products: 1 + floor(u^2 x @products) (a few best sellers, a long tail); one line in 20 is free
-- text without a product. No discounts (seed-invoices.sql has none). Deterministic.
INSERT INTO invoice_lines (invoice_id, invoice_created_at, position, product_id, description, quantity, unit,
                           unit_price, discount_percent, tax_rate, line_subtotal, line_discount, line_tax, line_total)
SELECT l.invoice_id, l.created_at, l.pos, l.product_id, COALESCE(p.name, 'Expenses as agreed'), l.quantity,
       COALESCE(p.unit, 'lump sum'), l.unit_price, 0, l.rate, l.quantity * l.unit_price, 0, l.line_tax,
       l.quantity * l.unit_price + l.line_tax
FROM (
    SELECT s.invoice_id, s.created_at, s.pos, s.product_id, s.rate,
           CASE WHEN s.pos = s.nlines THEN 1 WHEN s.pos = 1 THEN s.q1 ELSE s.q2 END AS quantity,
           CASE WHEN s.pos = s.nlines THEN s.subtotal - s.s1 - s.s2 WHEN s.pos = 1 THEN s.p1 ELSE s.p2 END AS unit_price,
           CASE WHEN s.pos = s.nlines THEN s.tax_total - ROUND(s.s1 * s.rate / 100, 2) - ROUND(s.s2 * s.rate / 100, 2)
                WHEN s.pos = 1 THEN ROUND(s.s1 * s.rate / 100, 2) ELSE ROUND(s.s2 * s.rate / 100, 2) END AS line_tax
    FROM (
        SELECT b.*, IF(b.nlines > 1, b.q1 * b.p1, 0) AS s1, IF(b.nlines = 3, b.q2 * b.p2, 0) AS s2
        FROM (
            SELECT a.*, ROUND(a.subtotal * IF(a.nlines = 2, 0.6, 0.5) / a.q1, 2) AS p1,
                   ROUND(a.subtotal * 0.3 / a.q2, 2) AS p2
            FROM (
                SELECT i.id AS invoice_id, i.created_at, i.subtotal, i.tax_total, n.pos,
                       IF(i.subtotal = 0, 0, ROUND(100 * i.tax_total / i.subtotal)) AS rate,
                       1 + (CRC32(CONCAT('l', i.id)) % 100 >= 40) + (CRC32(CONCAT('l', i.id)) % 100 >= 75) AS nlines,
                       1 + CRC32(CONCAT('q', i.id)) % 5 AS q1, 1 + CRC32(CONCAT('r', i.id)) % 5 AS q2,
                       IF(CRC32(CONCAT('f', i.id, '-', n.pos)) % 20 = 0, NULL,
                          1 + FLOOR(POW(CRC32(CONCAT('p', i.id, '-', n.pos)) / 4294967296, 2) * @products)) AS product_id
                FROM invoices i
                JOIN (SELECT 1 AS pos UNION ALL SELECT 2 UNION ALL SELECT 3) n
                WHERE i.id BETWEEN @lo AND @hi
            ) a
            WHERE a.pos <= a.nlines
        ) b
    ) s
) l
LEFT JOIN products p ON p.id = l.product_id
ORDER BY l.invoice_id, l.pos;
