package org.crmir.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crmir.shared.ScheduledJob;

/**
 * Every hour, forgets failed sign-ins that no longer count (older than a day, no lock in force), so that names
 * typed by strangers do not pile up. On every node of a cluster alike: deleting what is already gone is harmless.
 */
@Singleton
@ScheduledJob
@PermitAll
public class SignInFailuresPurge {

    @Inject
    EntityManager em;

    @Schedule(hour = "*", minute = "41", persistent = true, info = "forget old failed sign-ins")
    void hourly() {
        Instant dayAgo = Instant.now().minus(1, ChronoUnit.DAYS);
        em.createQuery("DELETE FROM SignInFailures f WHERE (f.lastFailureAt IS NULL OR f.lastFailureAt < :dayAgo)"
                        + " AND (f.lockedUntil IS NULL OR f.lockedUntil < :now)")
                .setParameter("dayAgo", dayAgo).setParameter("now", Instant.now()).executeUpdate();
    }
}
