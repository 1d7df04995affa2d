-- The interaction figures count a message being handed to the mail server (SENDING) as QUEUED
-- (InteractionsSummary.countedStatus): no figure tells the two apart, and so the dispatcher's claim and a retry
-- move no figure and read none (issue 15). The rows kept as SENDING join their QUEUED rows, and changes recorded
-- but not folded yet name QUEUED too, so that their fold lands where the figures now count them.
INSERT INTO fig_interactions (occurred_on, channel, direction, status, owner_id, slot, interaction_count)
SELECT occurred_on, channel, direction, 'QUEUED', owner_id, slot, moved
FROM (SELECT occurred_on, channel, direction, owner_id, slot, interaction_count AS moved FROM fig_interactions
      WHERE status = 'SENDING') sending
ON DUPLICATE KEY UPDATE interaction_count = fig_interactions.interaction_count + VALUES(interaction_count);
DELETE FROM fig_interactions WHERE status = 'SENDING';

INSERT INTO fig_interactions_months (month, channel, direction, status, owner_id, slot, interaction_count)
SELECT month, channel, direction, 'QUEUED', owner_id, slot, moved
FROM (SELECT month, channel, direction, owner_id, slot, interaction_count AS moved FROM fig_interactions_months
      WHERE status = 'SENDING') sending
ON DUPLICATE KEY UPDATE interaction_count = fig_interactions_months.interaction_count + VALUES(interaction_count);
DELETE FROM fig_interactions_months WHERE status = 'SENDING';

-- A key's values are typed and length-prefixed (PendingRow): the status SENDING is the text 's7:SENDING'.
UPDATE fig_pending SET key_values = REPLACE(key_values, 's7:SENDING', 's6:QUEUED')
WHERE summary_table IN ('fig_interactions', 'fig_interactions_months');
