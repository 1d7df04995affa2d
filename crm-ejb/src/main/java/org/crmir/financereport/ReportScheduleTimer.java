package org.crmir.financereport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.crmir.identity.Role;
import org.crmir.shared.ScheduledJob;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Every minute on every node: fires the report schedules that are due. Not persistent, because nothing is owed to
 * a missed tick: which schedules are due is read from the database each time, so the first tick after downtime
 * catches up every schedule, once; and on a cluster each node ticks, the row lock in {@link ScheduleFirings#fire}
 * letting one node take each schedule. The tick holds no transaction: each firing is a transaction of its own.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("scheduler")
public class ReportScheduleTimer {

    @EJB
    ScheduleFirings firings;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "report schedules")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        firings.fireDue(Instant.now());
    }
}
