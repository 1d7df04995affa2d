-- fig_gateway_events keeps only the statuses that are read (FAILED, REJECTED: the dashboard's gateway trouble).
-- The RECEIVED and PROCESSED rows were written by every webhook intake and every processing step, which all
-- queued on their row locks; GatewayEventsSummary no longer selects them, so they are removed here.
DELETE FROM fig_gateway_events WHERE status NOT IN ('FAILED', 'REJECTED');
