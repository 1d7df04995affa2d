package org.crmir.figures;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.crmir.shared.ScheduledJob;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Once a night, when the books are quiet: the summary tables are checked against their source rows. A
 * disagreement means a change reached the source rows without its figures (a path without a hook, or a manual
 * edit in the database); the operator is told once, with the first rows and the command that repairs them.
 */
@Singleton
@ScheduledJob
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class FigureCheckTimer {

    private static final Logger LOG = Logger.getLogger(FigureCheckTimer.class.getName());

    @EJB
    FigureBook book;

    @Schedule(hour = "3", minute = "40", persistent = true, info = "figures check")
    void nightly() {
        List<FigureDifference> differences = book.check();
        if (differences.isEmpty()) {
            LOG.info("Nightly figures check: the summary tables agree with their source rows");
        } else {
            LOG.warning("Nightly figures check: " + differences.size() + (differences.size() >= FigureBook.MAX_DIFFERENCES
                    ? "+" : "") + " summary row(s) disagree with their source rows, first " + differences.get(0)
                    + "; run 'bin/crmir figures rebuild' while the application is quiet");
        }
    }
}
