-- benchmark/seed-payments-rest.sql: after seed-payments.sql, once: the refunds of the overpayments, then payments
-- on account (no invoice: the client's credit) until there are @payments payments in all. Run by
-- benchmark/dashboard as root in database crmir_dashbench.
--
-- Refunds: a REFUND of the negative excess, by the same method, three days after the payment (never after @today),
-- linked by refund_of. Payments on account: clients by a hash, in the client's currency, 20 to 5,000
-- (log-uniform), received evenly over the three years up to @today, methods as in seed-payments.sql; one in 100
-- was voided (status VOIDED: it does not count). Deterministic.
INSERT INTO payments (client_id, kind, status, amount, currency, method, reference, received_on, allocated_total,
                      refunded_total, refund_of, note, created_by, created_at)
SELECT p.client_id, 'REFUND', 'RECORDED', -p.refunded_total, p.currency, p.method, CONCAT('REF-', p.id),
       LEAST(@today, p.received_on + INTERVAL 3 DAY), 0, 0, p.id, 'Overpayment returned', 'admin',
       LEAST(UTC_TIMESTAMP(6), p.created_at + INTERVAL 3 DAY)
FROM payments p
WHERE p.kind = 'PAYMENT' AND p.refunded_total > 0
ORDER BY p.id;

SET @rest = GREATEST(0, @payments - (SELECT COUNT(*) FROM payments));

INSERT INTO payments (client_id, kind, status, amount, currency, method, reference, received_on, allocated_total,
                      refunded_total, refund_of, note, created_by, created_at)
SELECT a.client_id, 'PAYMENT', IF(a.h % 100 = 0, 'VOIDED', 'RECORDED'), a.amount, c.currency,
       CASE WHEN (a.h DIV 100) % 100 < 50 THEN 'BANK_TRANSFER' WHEN (a.h DIV 100) % 100 < 75 THEN 'CARD'
            WHEN (a.h DIV 100) % 100 < 85 THEN 'MOBILE_MONEY' WHEN (a.h DIV 100) % 100 < 93 THEN 'CHEQUE'
            ELSE 'CASH' END,
       CONCAT('ACC-', a.seq), a.received_on, 0, 0, NULL, 'On account', 'admin',
       TIMESTAMP(a.received_on) + INTERVAL (9 * 3600 + a.h % 28800) SECOND
FROM (
    SELECT s.seq, CRC32(CONCAT('o', s.seq)) AS h,
           1 + CRC32(CONCAT('w', s.seq)) % @clients AS client_id,
           CAST(POW(10, 1.3 + (CRC32(CONCAT('v', s.seq)) % 1000000) / 1000000 * 2.4) AS DECIMAL(19, 2)) AS amount,
           @today - INTERVAL (1095 - FLOOR(s.seq * 1095 / @rest)) DAY AS received_on
    FROM seq_1_to_100000000 s
    WHERE s.seq <= @rest
) a
JOIN clients c ON c.id = a.client_id
ORDER BY a.seq;
