-- The rows every payment of a day (or month), every invoice paid and every e-mail's status change adds to, per
-- currency and owner, were one row each: concurrent payments queued on its lock until their XA commit, one at a
-- time, and webhooks at 200 per second fell minutes behind (docs/PERFORMANCE-webhooks.md). Not the receivables:
-- every dashboard reads their aging over all open due dates, and four times the rows made that read three times
-- slower. Each such row is now spread over four, keyed by the
-- source row's id (GroupedSummary.SLOTS and SLOT: MOD(src.id, 4)); readers sum over them as they sum over owners.
-- Each table is refilled from its source rows with its summary's own select, as a rebuild fills it.

ALTER TABLE fig_collections ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0,
    DROP PRIMARY KEY, ADD PRIMARY KEY (currency, owner_id, received_on, method, kind, slot);
DELETE FROM fig_collections;
INSERT INTO fig_collections (currency, owner_id, received_on, method, kind, slot, payment_count, amount)
SELECT src.currency, COALESCE(c.owner_id, 0), src.received_on, src.method, src.kind, MOD(src.id, 4), COUNT(*),
       SUM(src.amount)
FROM payments src JOIN clients c ON c.id = src.client_id
WHERE src.status = 'RECORDED'
GROUP BY 1, 2, 3, 4, 5, 6;

ALTER TABLE fig_collections_months ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0,
    DROP PRIMARY KEY, ADD PRIMARY KEY (month, currency, owner_id, slot);
DELETE FROM fig_collections_months;
INSERT INTO fig_collections_months (month, currency, owner_id, slot, payment_count, amount)
SELECT DATE_SUB(src.received_on, INTERVAL DAYOFMONTH(src.received_on) - 1 DAY), src.currency,
       COALESCE(c.owner_id, 0), MOD(src.id, 4), COUNT(*), SUM(src.amount)
FROM payments src JOIN clients c ON c.id = src.client_id
WHERE src.status = 'RECORDED'
GROUP BY 1, 2, 3, 4;

ALTER TABLE fig_invoices_settled ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0,
    DROP PRIMARY KEY, ADD PRIMARY KEY (currency, owner_id, month, slot);
DELETE FROM fig_invoices_settled;
INSERT INTO fig_invoices_settled (currency, owner_id, month, slot, settled_count, settled_amount, days_to_pay)
SELECT src.currency, COALESCE(c.owner_id, 0), DATE_SUB(src.paid_on, INTERVAL DAYOFMONTH(src.paid_on) - 1 DAY),
       MOD(src.id, 4), COUNT(*), SUM(src.total), SUM(GREATEST(DATEDIFF(src.paid_on, src.issue_date), 0))
FROM invoices src JOIN clients c ON c.id = src.client_id
WHERE src.status = 'PAID' AND src.paid_on IS NOT NULL
GROUP BY 1, 2, 3, 4;

ALTER TABLE fig_interactions ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0,
    DROP PRIMARY KEY, ADD PRIMARY KEY (occurred_on, channel, direction, status, owner_id, slot);
DELETE FROM fig_interactions;
INSERT INTO fig_interactions (occurred_on, channel, direction, status, owner_id, slot, interaction_count)
SELECT DATE(src.occurred_at), src.channel, src.direction, src.status, COALESCE(c.owner_id, 0), MOD(src.id, 4), COUNT(*)
FROM interactions src JOIN clients c ON c.id = src.client_id
GROUP BY 1, 2, 3, 4, 5, 6;

ALTER TABLE fig_interactions_months ADD COLUMN slot TINYINT UNSIGNED NOT NULL DEFAULT 0,
    DROP PRIMARY KEY, ADD PRIMARY KEY (month, channel, direction, status, owner_id, slot);
DELETE FROM fig_interactions_months;
INSERT INTO fig_interactions_months (month, channel, direction, status, owner_id, slot, interaction_count)
SELECT DATE_SUB(DATE(src.occurred_at), INTERVAL DAYOFMONTH(DATE(src.occurred_at)) - 1 DAY), src.channel,
       src.direction, src.status, COALESCE(c.owner_id, 0), MOD(src.id, 4), COUNT(*)
FROM interactions src JOIN clients c ON c.id = src.client_id
GROUP BY 1, 2, 3, 4, 5, 6;
