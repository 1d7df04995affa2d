package org.crmir.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of a connection three times, five seconds apart: while the
 * database is down, every request hung for about fifteen seconds before it failed. The datasource already
 * checks each connection before handing it out (validate-on-match), so a stale connection after a database
 * restart is replaced there; EclipseLink's retry only delays the answer (503, see the web module).
 */
public class FailFastOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
