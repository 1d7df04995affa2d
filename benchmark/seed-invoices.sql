-- benchmark/seed-invoices.sql: invoices number @lo..@hi of @n, run by benchmark/invoices in chunks as root in
-- database crmir_bench_invoices (MariaDB: it reads the Sequence engine's seq_1_to_N tables). Needs the clients
-- 1..@clients and bench_seed_years (year, first_k: the first invoice k of each calendar year).
--
-- Shape: invoice k is created at @start + k * @step_us microseconds (two years up to now, one every ~63 s at
-- 1,000,000), for client 1 + floor(u^1.5 * @clients) with u uniform by a hash of k (a few big clients, a long
-- tail); with @big_every > 0 (benchmark/screens), every @big_every-th for client 1 (the largest client) and the
-- others for clients 2 + floor(u^1.5 * (@clients - 1)), in the client's currency (EUR or USD) and payment terms. The newest @drafts invoices are still drafts
-- (no number, no dates); the others were issued the day they were created: numbers INV-YYYY-NNNNNN, gapless per
-- year in creation order; due after the client's terms. Status: 1.5 % VOID; not yet due: 75 % ISSUED,
-- 8 % PARTIALLY_PAID (40 % paid), 17 % PAID; past due: OVERDUE with 25 % (up to 60 days past due), 8 % (up to
-- 180) or 2 % (older), a third of them partly paid, the rest PAID. Totals: subtotal 50..20,000 (log-uniform),
-- tax 19 % (70 %), 7 % (20 %) or none. Deterministic: the same parameters give the same rows.
INSERT INTO invoices (series, number, client_id, currency, status, issue_date, due_date, payment_terms_days,
                      notes, terms, subtotal, discount_total, tax_total, total, credited_total, paid_total,
                      source_quote_id, created_by, created_at, version)
SELECT 'INV',
       IF(d.draft, NULL, CONCAT('INV-', YEAR(d.created_at), '-', LPAD(d.k - y.first_k + 1, 6, '0'))),
       d.client_id, d.currency, d.status,
       IF(d.draft, NULL, d.issue_date), IF(d.draft, NULL, d.due_date), d.terms, NULL, NULL,
       d.subtotal, 0, d.tax, d.subtotal + d.tax, 0,
       CASE d.status WHEN 'PAID' THEN d.subtotal + d.tax
                     WHEN 'PARTIALLY_PAID' THEN ROUND((d.subtotal + d.tax) * 0.4, 2)
                     WHEN 'OVERDUE' THEN IF(d.h3 % 3 = 0, ROUND((d.subtotal + d.tax) * (0.2 + (d.h3 % 50) / 100), 2), 0)
                     ELSE 0 END,
       NULL, d.author, d.created_at, 0
FROM (
    SELECT p.*,
           CASE WHEN p.draft THEN 'DRAFT'
                WHEN p.h2 % 1000 < 15 THEN 'VOID'
                WHEN p.due_date >= @today THEN
                     CASE WHEN p.h3 % 100 < 75 THEN 'ISSUED' WHEN p.h3 % 100 < 83 THEN 'PARTIALLY_PAID' ELSE 'PAID' END
                WHEN p.h3 % 1000 < CASE WHEN DATEDIFF(@today, p.due_date) <= 60 THEN 250
                                        WHEN DATEDIFF(@today, p.due_date) <= 180 THEN 80 ELSE 20 END THEN 'OVERDUE'
                ELSE 'PAID' END AS status,
           ROUND(p.subtotal * CASE WHEN p.h2 % 10 < 7 THEN 19 WHEN p.h2 % 10 < 9 THEN 7 ELSE 0 END / 100, 2) AS tax
    FROM (
        SELECT q.*, c.currency, c.payment_terms_days AS terms,
               DATE(q.created_at) AS issue_date,
               DATE(q.created_at) + INTERVAL c.payment_terms_days DAY AS due_date
        FROM (
            SELECT s.seq AS k,
                   s.seq > @n - @drafts AS draft,
                   @start + INTERVAL FLOOR(s.seq * @step_us) MICROSECOND AS created_at,
                   IF(COALESCE(@big_every, 0) > 0,
                      IF(s.seq % @big_every = 0, 1,
                         2 + FLOOR(POW(CRC32(CONCAT('c', s.seq)) / 4294967296, 1.5) * (@clients - 1))),
                      1 + FLOOR(POW(CRC32(CONCAT('c', s.seq)) / 4294967296, 1.5) * @clients)) AS client_id,
                   CRC32(CONCAT('s', s.seq)) AS h2,
                   CRC32(CONCAT('p', s.seq)) AS h3,
                   CAST(POW(10, 1.7 + (CRC32(CONCAT('t', s.seq)) % 1000000) / 1000000 * 2.6) AS DECIMAL(19, 2))
                       AS subtotal,
                   ELT(1 + s.seq % 6, 'anna.keller', 'ben.ortiz', 'carla.rossi', 'david.chen', 'eva.novak',
                       'admin') AS author
            FROM seq_1_to_100000000 s
            WHERE s.seq BETWEEN @lo AND @hi
        ) q
        JOIN clients c ON c.id = q.client_id
    ) p
) d
JOIN bench_seed_years y ON y.yr = YEAR(d.created_at)
ORDER BY d.k;
