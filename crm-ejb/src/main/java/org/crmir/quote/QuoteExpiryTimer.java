package org.crmir.quote;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.Batches;
import org.crmir.shared.ScheduledJob;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Once a day, shortly after midnight UTC: sent quotes past their validity become EXPIRED, up to 500 per call,
 * repeated until none are left.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class QuoteExpiryTimer {

    private static final Logger LOG = Logger.getLogger(QuoteExpiryTimer.class.getName());

    @EJB
    QuoteService quotes;

    @Schedule(hour = "0", minute = "15", persistent = true, info = "expired quotes")
    void daily() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int expired = Batches.untilNoneLeft(() -> quotes.expire(today));
        LOG.info("Daily quotes: " + expired + " quote(s) expired");
    }
}
