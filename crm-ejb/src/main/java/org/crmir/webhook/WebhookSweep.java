package org.crmir.webhook;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every minute: deliveries whose next attempt is long overdue are queued again (their message was lost), so that
 * a committed event is never left waiting for good.
 */
@Singleton
public class WebhookSweep {

    private static final Logger LOG = Logger.getLogger(WebhookSweep.class.getName());

    @EJB
    WebhookDeliveries deliveries;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "overdue webhook deliveries")
    void everyMinute() {
        int queued = deliveries.requeueOverdue(Instant.now());
        if (queued > 0) {
            LOG.warning("Queued " + queued + " overdue webhook deliveries again; their messages were lost");
        }
    }
}
