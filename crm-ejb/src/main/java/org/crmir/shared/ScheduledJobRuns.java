package org.crmir.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * How often each scheduled job has run, and when and where it last started ({@code scheduled_jobs}). Written in
 * a transaction of its own, so a run is counted even if the job then fails and rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledJobRuns {

    @Inject
    EntityManager em;

    public void started(String job) {
        em.createNativeQuery("INSERT INTO scheduled_jobs (job, runs, last_started_at, last_node) VALUES (?, 1, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE runs = runs + 1, last_started_at = VALUES(last_started_at),"
                        + " last_node = VALUES(last_node)")
                .setParameter(1, job)
                .setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, System.getProperty("jboss.node.name", "server"))
                .executeUpdate();
    }
}
