package org.crmir.figures;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Reads again, after a change, the figures users asked for lately ({@link FigureCache#toRefresh}), so that the
 * dashboard opened or re-read on the change's push finds them ready instead of reading the summary tables itself.
 * Runs as an administrator: every figure read allows that role, and a read's arguments, not its caller, decide
 * its answer ({@link CachedFigures}). Outside a transaction: each read has its own.
 */
@Stateless
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
@PermitAll
public class FigureRefresher {

    private static final Logger LOG = Logger.getLogger(FigureRefresher.class.getName());
    /** Rounds begin this far apart at most: a burst of changes costs a few rounds a second. */
    static final Duration SPACING = Duration.ofMillis(200);

    @Inject
    FigureCache cache;

    @Inject
    FigureRefreshes refreshes;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        boolean again = true;
        try {
            do {
                long began = System.nanoTime();
                refreshes.roundBegins();
                for (FigureCache.AskAgain question : cache.toRefresh()) {
                    try {
                        cache.refreshing(question);
                    } catch (Exception e) { // the user's own read says what is wrong, if it still is
                        LOG.log(Level.FINE, "A figure was not refreshed ahead", e);
                    }
                }
                long rest = SPACING.toNanos() - (System.nanoTime() - began);
                if (rest > 0) {
                    Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                }
                again = refreshes.again();
            } while (again);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (again) { // ended by an interruption or a fault: the next change starts a refresher again
                refreshes.stopped();
            }
        }
    }
}
