package org.crmir.financereport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.ScheduledJob;

/**
 * Every night at 03:50 UTC, removes the outputs of runs finished more than {@code CRMIR_REPORT_RETENTION_DAYS}
 * (default 90) days ago, 500 at a time, and keeps their records. Each batch commits on its own (the timer holds
 * no transaction), so a large backlog neither outlasts the transaction timeout nor rolls back every night.
 * Removing twice removes nothing, so on a cluster every node may run it.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.ADMIN)
@PermitAll
public class ReportRetention {

    private static final Logger LOG = Logger.getLogger(ReportRetention.class.getName());
    static final int DEFAULT_DAYS = 90;

    @EJB
    ReportRuns runs;

    @Inject
    BusinessClock clock;

    @Schedule(hour = "3", minute = "50", timezone = "UTC", persistent = true)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void removeExpiredOutputs() {
        int removed = 0;
        int batch;
        do {
            batch = runs.removeOutputsFinishedBefore(clock.now().minus(Duration.ofDays(days())), 500);
            removed += batch;
        } while (batch == 500);
        if (removed > 0) {
            LOG.info("Removed the outputs of " + removed + " report runs older than " + days() + " days");
        }
    }

    /** The retention period in days, from the environment; an unreadable value falls back to the default. */
    int days() {
        String configured = System.getenv("CRMIR_REPORT_RETENTION_DAYS");
        try {
            return configured == null || configured.isBlank() ? DEFAULT_DAYS : Math.max(1, Integer.parseInt(
                    configured.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }
}
