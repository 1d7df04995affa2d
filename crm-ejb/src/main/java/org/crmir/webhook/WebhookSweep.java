package org.crmir.webhook;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.logging.Logger;
import org.crmir.shared.ScheduledJob;

/**
 * Every minute: deliveries whose next attempt is long overdue are queued again (their message was lost), so that
 * a committed event is never left waiting for good.
 */
@Singleton
@ScheduledJob
public class WebhookSweep {

    private static final Logger LOG = Logger.getLogger(WebhookSweep.class.getName());

    @EJB
    WebhookDeliveries deliveries;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "overdue webhook deliveries")
    void everyMinute() {
        int queued = deliveries.requeueOverdue(Instant.now());
        if (queued > 0) {
            LOG.warning("Queued " + queued + " overdue webhook deliveries again; their messages were lost");
        }
    }
}
