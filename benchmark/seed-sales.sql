-- benchmark/seed-sales.sql: @quotes quotes, @contracts contracts and @gateway_events gateway events, run once by
-- benchmark/dashboard as root in database crmir_dashbench (fresh tables: ids from 1). Needs the clients (with
-- their currencies) of seed-clients.sql and seed-owners.sql. Deterministic.
--
-- Quotes: created evenly over the three years up to now, valid 30 days, for clients by a hash, in the client's
-- currency, 100 to 50,000 (log-uniform) + 19 % tax. Still valid: 25 % DRAFT, 50 % SENT, 13 % ACCEPTED,
-- 7 % DECLINED, 5 % CONVERTED; past their validity: 30 % ACCEPTED, 15 % CONVERTED, 25 % DECLINED, 30 % EXPIRED
-- (decided the day after the last valid day). Sent an hour after creation (or now, if sooner); decided 0-19 days
-- after sending, and not after now (so never before sending).
INSERT INTO quotes (id, number, client_id, currency, status, valid_until, notes, terms, subtotal, discount_total,
                    tax_total, total, public_token, sent_at, decided_at, invoice_id, created_by, created_at)
SELECT q.seq, IF(q.status = 'DRAFT', NULL, CONCAT('Q-', YEAR(q.created_at), '-', LPAD(q.seq, 6, '0'))),
       q.client_id, c.currency, q.status, q.valid_until, NULL, NULL, q.subtotal, 0, ROUND(q.subtotal * 0.19, 2),
       q.subtotal + ROUND(q.subtotal * 0.19, 2), NULL,
       IF(q.status = 'DRAFT', NULL, LEAST(q.created_at + INTERVAL 1 HOUR, UTC_TIMESTAMP(6))),
       CASE WHEN q.status IN ('DRAFT', 'SENT') THEN NULL
            WHEN q.status = 'EXPIRED' THEN TIMESTAMP(q.valid_until + INTERVAL 1 DAY)
            ELSE LEAST(UTC_TIMESTAMP(6), q.created_at + INTERVAL 1 HOUR + INTERVAL (q.h % 20) DAY) END,
       NULL, 'admin', q.created_at
FROM (
    SELECT b.*,
           CASE WHEN b.valid_until >= @today THEN
                     CASE WHEN b.h DIV 100 % 100 < 25 THEN 'DRAFT' WHEN b.h DIV 100 % 100 < 75 THEN 'SENT'
                          WHEN b.h DIV 100 % 100 < 88 THEN 'ACCEPTED' WHEN b.h DIV 100 % 100 < 95 THEN 'DECLINED'
                          ELSE 'CONVERTED' END
                ELSE CASE WHEN b.h DIV 100 % 100 < 30 THEN 'ACCEPTED' WHEN b.h DIV 100 % 100 < 45 THEN 'CONVERTED'
                          WHEN b.h DIV 100 % 100 < 70 THEN 'DECLINED' ELSE 'EXPIRED' END END AS status
    FROM (
        SELECT a.*, DATE(a.created_at) + INTERVAL 30 DAY AS valid_until
        FROM (
            SELECT s.seq, CRC32(CONCAT('h', s.seq)) AS h,
                   1 + CRC32(CONCAT('k', s.seq)) % @clients AS client_id,
                   UTC_TIMESTAMP(6) - INTERVAL FLOOR((@quotes - s.seq) * (1095 * 86400 / @quotes)) SECOND AS created_at,
                   CAST(POW(10, 2 + (CRC32(CONCAT('t', s.seq)) % 1000000) / 1000000 * 2.7) AS DECIMAL(19, 2)) AS subtotal
            FROM seq_1_to_100000000 s
            WHERE s.seq <= @quotes
        ) a
    ) b
) q
JOIN clients c ON c.id = q.client_id
ORDER BY q.seq;

-- Contracts: k = 1..@contracts. One in ten (k % 10 = 1) ended and was RENEWED by the next one (k + 1: revision 2,
-- the same number and client, starting the day after). One in ten (k % 10 = 0) is a DRAFT. The others started up
-- to three years ago (some start within 30 days); terms of 12, 24 or 36 months; past their end EXPIRED (one in
-- five TERMINATED early instead), else ACTIVE (one in 25 TERMINATED). Value 200-5,200 a month over the term, in
-- the client's currency; notice 30, 60 or 90 days.
INSERT INTO contracts (id, number, revision, previous_id, client_id, title, owner, status, start_date, end_date,
                       notice_days, notice_deadline, auto_renew, renewal_months, reminder_days, contract_value,
                       currency, terms, signatory, signed_on, billing_schedule, invoice_mode, billing_anchor,
                       next_billing_date, public_token, sent_at, accepted_at, accepted_by, activated_at, ended_on,
                       end_reason, created_by, created_at)
SELECT d.k, IF(d.status = 'DRAFT', NULL, CONCAT('CT-', LPAD(d.base, 6, '0'))), d.revision, d.previous_id,
       d.client_id, CONCAT(ELT(1 + d.hb % 6, 'Support', 'Maintenance', 'Hosting', 'Licence', 'Service', 'Supply'),
                           ' agreement ', d.base),
       'admin', d.status, d.start_date, d.end_date, d.notice_days, d.end_date - INTERVAL d.notice_days DAY,
       d.hb % 2 = 0, IF(d.hb % 2 = 0, d.term, NULL), 14, d.term * (200 + d.hb % 5000), c.currency, NULL,
       IF(d.status = 'DRAFT', NULL, 'Signed for the client'), IF(d.status = 'DRAFT', NULL, d.start_date - INTERVAL 7 DAY),
       NULL, 'DRAFT', NULL, NULL, NULL, NULL, NULL, NULL,
       IF(d.status = 'DRAFT', NULL, TIMESTAMP(d.start_date)),
       CASE WHEN d.status = 'TERMINATED' THEN LEAST(@today, d.end_date) - INTERVAL (d.h % 60) DAY
            WHEN d.status IN ('EXPIRED', 'RENEWED') THEN d.end_date END,
       IF(d.status = 'TERMINATED', 'Ended early at the client''s request', NULL),
       'admin', TIMESTAMP(d.start_date - INTERVAL 14 DAY)
FROM (
    SELECT e.*,
           CASE WHEN e.k % 10 = 1 THEN 'RENEWED'
                WHEN e.k % 10 = 0 THEN 'DRAFT'
                WHEN e.end_date < @today THEN IF(e.h % 5 = 0, 'TERMINATED', 'EXPIRED')
                WHEN e.start_date <= @today AND e.h % 25 = 0 THEN 'TERMINATED'
                ELSE 'ACTIVE' END AS status
    FROM (
        SELECT r.*, r.start_date + INTERVAL r.term MONTH - INTERVAL 1 DAY AS end_date
        FROM (
            SELECT g.*,
                   CASE WHEN g.k % 10 = 1 THEN g.first_start
                        WHEN g.k % 10 = 2 THEN g.first_start + INTERVAL g.term MONTH
                        ELSE @today + INTERVAL 30 DAY - INTERVAL (g.hb % 1125) DAY END AS start_date
            FROM (
                SELECT f.*, @today - INTERVAL (f.term * 31 + 30 + f.hb % 300) DAY AS first_start
                FROM (
                    SELECT s.seq AS k, IF(s.seq % 10 = 2, s.seq - 1, s.seq) AS base,
                           IF(s.seq % 10 = 2, 2, 1) AS revision, IF(s.seq % 10 = 2, s.seq - 1, NULL) AS previous_id,
                           CRC32(CONCAT('x', s.seq)) AS h,
                           CRC32(CONCAT('y', IF(s.seq % 10 = 2, s.seq - 1, s.seq))) AS hb,
                           ELT(1 + CRC32(CONCAT('z', IF(s.seq % 10 = 2, s.seq - 1, s.seq))) % 3, 12, 24, 36) AS term,
                           1 + CRC32(CONCAT('c', IF(s.seq % 10 = 2, s.seq - 1, s.seq))) % @clients AS client_id,
                           ELT(1 + CRC32(CONCAT('n', s.seq)) % 3, 30, 60, 90) AS notice_days
                    FROM seq_1_to_100000000 s
                    WHERE s.seq <= @contracts
                ) f
            ) g
        ) r
    ) e
) d
JOIN clients c ON c.id = d.client_id
ORDER BY d.k;

-- Gateway events: evenly over the last year, Stripe (70 %) and M-Pesa; 94 % PROCESSED, 3 % REJECTED,
-- 2 % FAILED (parked after their attempts), 1 % still RECEIVED.
INSERT INTO gateway_events (gateway, event_id, event_type, payload, received_at, status, outcome, payment_id,
                            processed_at)
SELECT g.gateway, CONCAT(IF(g.gateway = 'stripe', 'evt_bench_', 'mpesa_bench_'), g.seq),
       IF(g.gateway = 'stripe', 'payment_intent.succeeded', 'stk_callback'), '{}', g.received_at, g.status,
       CASE g.status WHEN 'PROCESSED' THEN 'Payment recorded' WHEN 'REJECTED' THEN 'Unknown invoice reference'
            WHEN 'FAILED' THEN 'Gave up after 5 attempts: the invoice is void' ELSE NULL END,
       NULL, IF(g.status = 'RECEIVED', NULL, g.received_at + INTERVAL 2 SECOND)
FROM (
    SELECT s.seq, IF(CRC32(CONCAT('g', s.seq)) % 10 < 7, 'stripe', 'mpesa') AS gateway,
           UTC_TIMESTAMP(6) - INTERVAL FLOOR((@gateway_events - s.seq) * (365 * 86400 / @gateway_events)) SECOND
               AS received_at,
           CASE WHEN CRC32(CONCAT('e', s.seq)) % 100 < 94 THEN 'PROCESSED'
                WHEN CRC32(CONCAT('e', s.seq)) % 100 < 97 THEN 'REJECTED'
                WHEN CRC32(CONCAT('e', s.seq)) % 100 < 99 THEN 'FAILED' ELSE 'RECEIVED' END AS status
    FROM seq_1_to_100000000 s
    WHERE s.seq <= @gateway_events
) g
ORDER BY g.seq;
