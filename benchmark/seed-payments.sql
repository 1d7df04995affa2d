-- benchmark/seed-payments.sql: the payments of invoices with ids @lo..@hi (from seed-invoices.sql) and their
-- allocations, run by benchmark/dashboard in chunks as root in database crmir_dashbench. Then
-- seed-payments-rest.sql once.
--
-- Shape: every invoice with money on it (paid_total > 0: paid, partly paid, a third of the overdue ones) has one
-- payment, with the invoice's id, allocated in full to it (one allocation, same id), received 0 to terms + 14 days
-- after issue (never after @today), in the invoice's currency. One in 50 paid more than it owed (5 % + 5): the
-- excess was refunded (refunded_total; the refund itself is in seed-payments-rest.sql). Methods: bank transfer
-- 50 %, card 25 %, mobile money 10 %, cheque 8 %, cash 7 %. Deterministic.
INSERT INTO payments (id, client_id, kind, status, amount, currency, method, reference, received_on, allocated_total,
                      refunded_total, refund_of, note, created_by, created_at)
SELECT p.id, p.client_id, 'PAYMENT', 'RECORDED', p.paid_total + p.extra, p.currency, p.method,
       CONCAT(IF(p.method = 'CARD', 'pi_bench_', 'PAY-'), p.id), p.received_on, p.paid_total, p.extra, NULL, NULL,
       'admin', TIMESTAMP(p.received_on) + INTERVAL (9 * 3600 + p.h % 28800) SECOND
FROM (
    SELECT i.*,
           IF(i.h % 50 = 0, ROUND(i.total * 0.05 + 5, 2), 0) AS extra,
           CASE WHEN (i.h DIV 50) % 100 < 50 THEN 'BANK_TRANSFER' WHEN (i.h DIV 50) % 100 < 75 THEN 'CARD'
                WHEN (i.h DIV 50) % 100 < 85 THEN 'MOBILE_MONEY' WHEN (i.h DIV 50) % 100 < 93 THEN 'CHEQUE'
                ELSE 'CASH' END AS method,
           LEAST(@today, i.issue_date + INTERVAL ((i.h DIV 5000) % (i.payment_terms_days + 15)) DAY) AS received_on
    FROM (
        SELECT id, client_id, currency, total, paid_total, issue_date, payment_terms_days,
               CRC32(CONCAT('m', id)) AS h
        FROM invoices
        WHERE id BETWEEN @lo AND @hi AND paid_total > 0
    ) i
) p
ORDER BY p.id;

INSERT INTO payment_allocations (id, payment_id, invoice_id, amount, reversed, created_at)
SELECT p.id, p.id, p.id, p.allocated_total, FALSE, p.created_at
FROM payments p
WHERE p.id BETWEEN @lo AND @hi
ORDER BY p.id;
