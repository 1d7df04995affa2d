package org.crmir.financereport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Instant;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Every minute, persistent (a tick missed while the server was down fires once when it is back, and with a
 * database timer store one node of a cluster takes each tick): fires the report schedules that are due. Which are
 * due is read from the database each time, so a late tick catches up every schedule it missed, once.
 */
@Singleton
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("scheduler")
public class ReportScheduleTimer {

    @EJB
    ScheduleFirings firings;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "report schedules")
    void everyMinute() {
        firings.fireDue(Instant.now());
    }
}
